package io.tempora.bench.executor;

import io.tempora.protocol.Reply;
import io.tempora.protocol.TriggerOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: a request of {@code batch} runs is due every {@code batch / rate} seconds whatever the
 * answers do, so a slow answer cannot slow the load down and hide itself, and each answer's latency is
 * counted from when its request was due, not from when it left. At most {@code maxInFlight} requests
 * wait for an answer; a request due while that many wait leaves late and is counted as such. Runs get
 * logIds 1, 2, 3, ... spread round-robin over {@code jobs} job ids.
 */
final class PacedLoad {

  private final RunCaller caller;
  private final int batch;
  private final int jobs;
  private final int maxInFlight;
  private final Semaphore inFlight;
  private final AtomicLong sent = new AtomicLong();
  private final LongAdder acceptedCount = new LongAdder();
  private final LongAdder late = new LongAdder();
  private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
  private final Queue<Duration> latencies = new ConcurrentLinkedQueue<>();
  private final BitSet accepted = new BitSet();
  private long[] dueMillis = new long[0];

  PacedLoad(RunCaller caller, int batch, int jobs, int maxInFlight) {
    this.caller = caller;
    this.batch = batch;
    this.jobs = jobs;
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
  }

  /**
   * What was sent and answered; latencies only of requests due after the warm-up. {@code lastSent} is
   * later than {@code start + duration} when the in-flight limit held the schedule back.
   */
  record Result(Instant start, Instant measuredFrom, Instant lastSent, Instant end, long sent, long accepted, long late,
      Map<String, Long> refusals, List<Duration> latencies) {

    long refused() {
      return refusals.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Sends for {@code duration}, then waits for every answer. */
  Result send(double rate, Duration duration, Duration warmup) throws InterruptedException {
    long period = Math.round(batch * 1e9 / rate);
    long requests = duration.toNanos() / period;
    dueMillis = new long[Math.toIntExact(requests * batch + 1)];
    Instant startWall = Instant.now();
    long start = System.nanoTime();
    long measuredFrom = start + warmup.toNanos();
    for (long request = 0; request < requests; request++) {
      long due = start + request * period;
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      if (!inFlight.tryAcquire()) {
        late.increment();
        inFlight.acquire();
      }
      List<Burst.Run> runs = runs(request);
      long dueWall = startWall.toEpochMilli() + (due - start) / 1_000_000;
      runs.forEach(run -> dueMillis[(int) run.logId()] = dueWall);
      boolean measured = due >= measuredFrom;
      sent.addAndGet(runs.size());
      caller.sendAsync(runs).thenAccept(outcomes -> answered(outcomes, due, measured))
          .whenComplete((ignored, failure) -> inFlight.release());
    }
    Instant lastSent = Instant.now();
    inFlight.acquire(maxInFlight);
    inFlight.release(maxInFlight);
    Map<String, Long> refused = new TreeMap<>();
    refusals.forEach((reason, count) -> refused.put(reason, count.sum()));
    return new Result(startWall, startWall.plus(warmup), lastSent, Instant.now(), sent.get(), acceptedCount.sum(), late.sum(),
        refused, new ArrayList<>(latencies));
  }

  long sent() {
    return sent.get();
  }

  long acceptedSoFar() {
    return acceptedCount.sum();
  }

  long refusedSoFar() {
    return refusals.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The runs the executor accepted, as the fake admin must see them called back. */
  List<Burst.Run> acceptedRuns() {
    List<Burst.Run> runs = new ArrayList<>();
    synchronized (accepted) {
      accepted.stream().forEach(logId -> runs.add(run(logId)));
    }
    return runs;
  }

  /** When run {@code logId}'s request was due. */
  Instant due(long logId) {
    return Instant.ofEpochMilli(dueMillis[(int) logId]);
  }

  private List<Burst.Run> runs(long request) {
    List<Burst.Run> runs = new ArrayList<>(batch);
    for (long logId = request * batch + 1; logId <= (request + 1) * batch; logId++) {
      runs.add(run(logId));
    }
    return runs;
  }

  private Burst.Run run(long logId) {
    return new Burst.Run(1 + logId % jobs, logId);
  }

  private void answered(List<TriggerOutcome> outcomes, long due, boolean measured) {
    if (measured) {
      latencies.add(Duration.ofNanos(System.nanoTime() - due));
    }
    for (TriggerOutcome outcome : outcomes) {
      if (outcome.accepted()) {
        acceptedCount.increment();
        synchronized (accepted) {
          accepted.set((int) outcome.logId());
        }
      } else {
        refusals.computeIfAbsent(reason(outcome), key -> new LongAdder()).increment();
      }
    }
  }

  /** The refusal with its numbers taken out, so that refusals for the same reason count together. */
  private static String reason(TriggerOutcome outcome) {
    String code = outcome.code() == RunCaller.NO_ANSWER ? "no answer" : "code " + outcome.code();
    return code + ": " + String.valueOf(outcome.msg()).replaceAll("\\d+", "N");
  }

  /** Whether a refusal says plainly that the executor is full, the way the admin must be told. */
  static boolean saysOverloaded(String reason) {
    return reason.startsWith("code " + Reply.FAIL + ": ")
        && (reason.contains("executor overloaded") || reason.contains("is full"));
  }
}
