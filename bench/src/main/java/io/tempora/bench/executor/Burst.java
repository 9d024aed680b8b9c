package io.tempora.bench.executor;

import io.tempora.protocol.Reply;
import io.tempora.protocol.TriggerOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a list of runs from C concurrent callers, one {@code /run} per run or, with a batch size above
 * 1, {@code /tempora/runs} requests of that many runs, and keeps how long each request took.
 */
final class Burst {

  record Run(long jobId, long logId) {}

  record Answers(Instant start, Instant lastAnswer, List<Duration> latencies, List<String> refusals) {

    Duration elapsed() {
      return Duration.between(start, lastAnswer);
    }
  }

  private final RunCaller caller;
  private final int concurrency;
  private final int batch;

  Burst(RunCaller caller, int concurrency, int batch) {
    this.caller = caller;
    this.concurrency = concurrency;
    this.batch = batch;
  }

  Answers send(List<Run> runs) throws Exception {
    List<Duration> latencies = Collections.synchronizedList(new ArrayList<>());
    List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(concurrency);
    Instant start = Instant.now();
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int i = 0; i < concurrency; i++) {
        done.add(callers.submit(() -> {
          for (int from = next.getAndAdd(batch); from < runs.size(); from = next.getAndAdd(batch)) {
            List<Run> chunk = runs.subList(from, Math.min(runs.size(), from + batch));
            Instant sent = Instant.now();
            List<String> refused = sendChunk(chunk);
            latencies.add(Duration.between(sent, Instant.now()));
            refusals.addAll(refused);
          }
          return null;
        }));
      }
      for (Future<Void> caller : done) {
        caller.get();
      }
    } finally {
      callers.shutdownNow();
    }
    return new Answers(start, Instant.now(), latencies, refusals);
  }

  private List<String> sendChunk(List<Run> chunk) {
    if (batch == 1) {
      Run run = chunk.get(0);
      Reply<?> reply = caller.run(run.jobId(), run.logId());
      return reply.succeeded() ? List.of() : List.of("logId " + run.logId() + ": " + reply.code() + " " + reply.msg());
    }
    Reply<List<TriggerOutcome>> reply = caller.runs(chunk);
    if (!reply.succeeded()) {
      return chunk.stream().map(run -> "logId " + run.logId() + ": batch refused: " + reply.msg()).toList();
    }
    return reply.data().stream().filter(outcome -> !outcome.accepted())
        .map(outcome -> "logId " + outcome.logId() + ": " + outcome.code() + " " + outcome.msg()).toList();
  }
}
