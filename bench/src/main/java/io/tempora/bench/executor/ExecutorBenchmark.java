package io.tempora.bench.executor;

import io.tempora.bench.Latencies;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * {@code bench executor}: its own executor beside a fake admin; phase 1 measures {@code /run} accepted per
 * second, runs called back per second and the answer latency, phase 2 the heap an idle job worker holds.
 * Exits non-zero unless every run was accepted and called back exactly once with success.
 */
public final class ExecutorBenchmark {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
  private static final long IDLE_JOB_IDS = 1_000_000;

  private final ExecutorOptions options;
  private final PrintStream out;

  private ExecutorBenchmark(ExecutorOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Runs {@code bench executor ...}; returns the process exit code. */
  public static int run(String... args) throws Exception {
    ExecutorOptions options;
    try {
      options = ExecutorOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(ExecutorOptions.USAGE);
      return 2;
    }
    try (FakeAdmin admin = new FakeAdmin()) {
      LocalExecutor executor = LocalExecutor.start(LocalExecutor.repoRoot(), options.executorPort(), admin.url(),
          options.idleTimeout().toString());
      Thread cleanup = new Thread(() -> close(executor));
      Runtime.getRuntime().addShutdownHook(cleanup);
      try {
        new ExecutorBenchmark(options, System.out).measure(admin, executor);
        return 0;
      } catch (BenchFailed e) {
        System.err.println("FAILED: " + e.getMessage() + "\nlast executor output:\n" + executor.logTail(40));
        return 1;
      } finally {
        Runtime.getRuntime().removeShutdownHook(cleanup);
        close(executor);
      }
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }

  private void measure(FakeAdmin admin, LocalExecutor executor) throws Exception {
    out.printf("starting the executor on %s (fake admin %s, log in a temp dir)%n", executor.url(), admin.url());
    RunCaller caller = new RunCaller(executor.url(), executor.token, options.handler(), options.handlerParams());
    awaitReady(admin, executor, caller);
    if (options.pace().overload()) {
      new Overload(options, out).measure(admin, executor, caller);
    } else if (options.pace().paced()) {
      new SteadyRate(options, out).measure(admin, executor, caller);
    } else {
      measureBurst(admin, executor, caller);
    }
  }

  private void measureBurst(FakeAdmin admin, LocalExecutor executor, RunCaller caller) throws Exception {
    Burst burst = new Burst(caller, options.concurrency(), options.batch());
    out.printf("phase 1: %d echo runs over %d jobs, %d callers, %s%n", options.runs(), options.jobs(),
        options.concurrency(), options.batch() == 1 ? "one /run each" : options.batch() + " runs per /tempora/runs");
    List<Burst.Run> runs = LongStream.rangeClosed(1, options.runs())
        .mapToObj(logId -> new Burst.Run(1 + logId % options.jobs(), logId)).toList();
    Optional<FlightRecording> recording = options.jfr().map(file -> new FlightRecording(executor.pid(), file));
    if (recording.isPresent()) {
      recording.get().start();
    }
    Duration cpuBefore = executor.cpuTime();
    Burst.Answers answers = burst.send(runs);
    requireAccepted(answers);
    Instant lastCallback = awaitCallbacks(admin, runs, options.timeout());
    Duration cpu = executor.cpuTime().minus(cpuBefore);
    if (recording.isPresent()) {
      recording.get().stop();
      out.printf("flight recording of phase 1: %s%n", recording.get().file());
    }
    printThroughput(answers, lastCallback);
    out.printf("executor CPU:          %d ms for %d runs = %d us per run (%.0f runs/s per fully used core)%n",
        cpu.toMillis(), options.runs(), cpu.toNanos() / 1000 / options.runs(),
        options.runs() * 1e9 / Math.max(1, cpu.toNanos()));
    printRunLogsOnDisk(executor);
    HeapProbe heap = new HeapProbe(executor.pid());
    long before = heap.usedAfterFullGc();
    out.printf("phase 2: one run on each of %d new jobs, then their workers idle (idle timeout %s)%n",
        options.idleJobs(), options.idleTimeout());
    Instant idleStart = Instant.now();
    List<Burst.Run> idle = LongStream.range(0, options.idleJobs())
        .mapToObj(i -> new Burst.Run(IDLE_JOB_IDS + i, options.runs() + 1 + i)).toList();
    requireAccepted(burst.send(idle));
    Instant lastFirstRun = awaitCallbacks(admin, idle, options.timeout());
    Duration firstRuns = Duration.between(idleStart, lastFirstRun);
    out.printf("first runs of new jobs: %.0f/s (%d jobs, first send -> last callback %d ms)%n",
        perSecond(options.idleJobs(), firstRuns), options.idleJobs(), firstRuns.toMillis());
    long after = heap.usedAfterFullGc();
    printHeap(before, after, Duration.between(idleStart, Instant.now()));
  }

  private void awaitReady(FakeAdmin admin, LocalExecutor executor, RunCaller caller) throws InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    Instant start = Instant.now();
    while (!(admin.registered(LocalExecutor.APP_NAME) && caller.beat().succeeded())) {
      if (!executor.alive()) {
        throw new BenchFailed("the executor stopped while starting");
      }
      if (Instant.now().isAfter(deadline)) {
        throw new BenchFailed("the executor did not answer /beat and register within " + START_TIMEOUT);
      }
      Thread.sleep(500);
    }
    out.printf("executor ready (answers /beat, registered as %s) after %d ms%n", LocalExecutor.APP_NAME,
        Duration.between(start, Instant.now()).toMillis());
  }

  /** Waits until every run is called back exactly once with success; returns when the last callback arrived. */
  static Instant awaitCallbacks(FakeAdmin admin, List<Burst.Run> runs, Duration timeout) throws InterruptedException {
    Map<Long, Instant> calledBack = admin.calledBack();
    Instant deadline = Instant.now().plus(timeout);
    List<Burst.Run> missing = runs;
    while (!(missing = missing.stream().filter(run -> !calledBack.containsKey(run.logId())).toList()).isEmpty()) {
      if (Instant.now().isAfter(deadline)) {
        throw new BenchFailed(missing.size() + " of " + runs.size() + " runs not called back within " + timeout);
      }
      Thread.sleep(20);
    }
    if (admin.repeats() > 0 || admin.notSucceeded() > 0) {
      throw new BenchFailed(admin.repeats() + " logIds called back twice, " + admin.notSucceeded()
          + " results other than 200");
    }
    return runs.stream().map(run -> calledBack.get(run.logId())).max(Instant::compareTo).orElse(Instant.now());
  }

  private void printThroughput(Burst.Answers answers, Instant lastCallback) {
    Duration completed = Duration.between(answers.start(), lastCallback);
    out.printf("runs accepted:         %.0f/s (%d runs, first send -> last 200 answer %d ms)%n",
        perSecond(options.runs(), answers.elapsed()), options.runs(), answers.elapsed().toMillis());
    out.printf("runs called back:      %.0f/s (first send -> last callback %d ms; every logId once, all 200)%n",
        perSecond(options.runs(), completed), completed.toMillis());
    out.printf("answer latency:        %s (per request)%n", Latencies.of(answers.latencies()).summary());
  }

  /** After the executor's next log store write (once a second). */
  private void printRunLogsOnDisk(LocalExecutor executor) throws IOException, InterruptedException {
    Thread.sleep(2_000);
    out.printf("run logs on disk:      %s%n", RunLogsOnDisk.of(executor.logsDir()).perMillionRuns(options.runs()));
  }

  private void printHeap(long before, long after, Duration idleFor) {
    double perWorker = (after - before) / 1024.0 / options.idleJobs();
    out.printf("heap after full GC:    %.1f MB before, %.1f MB with %d more idle workers (%d ms after their runs)%n",
        before / 1048576.0, after / 1048576.0, options.idleJobs(), idleFor.toMillis());
    out.printf("heap per idle worker:  %.1f KB (%.1f MB per 1,000), worker idle timeout %s%n",
        perWorker, perWorker * 1000 / 1024, options.idleTimeout());
    if (idleFor.compareTo(options.idleTimeout()) >= 0) {
      out.println("WARNING: measured after the idle timeout; workers may already be gone");
    }
    out.println("OK: every run accepted and called back exactly once");
  }

  private static void requireAccepted(Burst.Answers answers) {
    if (!answers.refusals().isEmpty()) {
      throw new BenchFailed(answers.refusals().size() + " runs refused, e.g. " + answers.refusals().get(0));
    }
  }

  static double perSecond(long count, Duration elapsed) {
    return count * 1000.0 / Math.max(1, elapsed.toMillis());
  }

  private static void close(LocalExecutor executor) {
    try {
      executor.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The benchmark cannot give a figure: the executor misbehaved or did not start. */
  static final class BenchFailed extends RuntimeException {
    BenchFailed(String message) {
      super(message);
    }
  }
}
