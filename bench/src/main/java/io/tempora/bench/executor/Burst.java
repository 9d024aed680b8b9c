package io.tempora.bench.executor;

import io.tempora.protocol.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends a list of runs to {@code /run} from C concurrent callers and keeps when each was answered. */
final class Burst {

  record Run(long jobId, long logId) {}

  record Answers(Instant start, Instant lastAnswer, List<Duration> latencies, List<String> refusals) {

    Duration elapsed() {
      return Duration.between(start, lastAnswer);
    }
  }

  private final RunCaller caller;
  private final int concurrency;

  Burst(RunCaller caller, int concurrency) {
    this.caller = caller;
    this.concurrency = concurrency;
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
          for (int index = next.getAndIncrement(); index < runs.size(); index = next.getAndIncrement()) {
            Run run = runs.get(index);
            Instant sent = Instant.now();
            Reply<?> reply = caller.run(run.jobId(), run.logId());
            latencies.add(Duration.between(sent, Instant.now()));
            if (!reply.succeeded()) {
              refusals.add("logId " + run.logId() + ": " + reply.code() + " " + reply.msg());
            }
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
}
