package io.tempora.bench.executor;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench executor --overload}: more sleeping runs than the executor can run, paced (open loop), while
 * the fake admin refuses callbacks for {@code --outage} in the middle of the load, so the executor holds
 * both a full queue and a growing spool. Every {@code --heap-every} the executor's used heap after a full GC
 * is sampled. Fails if the heap after GC comes near {@code -Xmx} or keeps growing, if a refusal does not
 * say that the executor is full (XXL-JOB code 500), if nothing was refused (not an overload), or if an
 * accepted run is not called back exactly once with success once the admin is back.
 */
final class Overload {

  /** Heap used after a full GC above this share of {@code -Xmx} is too near it. */
  private static final double HEAP_CEILING = 0.85;
  /** The last quarter's highest sample may exceed the second quarter's by this share of {@code -Xmx}. */
  private static final double HEAP_GROWTH = 0.10;
  /** A sample this far above the highest before it is explained with the classes that hold the heap. */
  private static final long HISTOGRAM_ABOVE = 32L * 1024 * 1024;
  private static final int HISTOGRAM_CLASSES = 15;

  private final ExecutorOptions options;
  private final ExecutorOptions.Pace pace;
  private final PrintStream out;
  private final List<Long> heapSamples = new ArrayList<>();
  private long highestYet;
  private final LoadAverage load = new LoadAverage();

  Overload(ExecutorOptions options, PrintStream out) {
    this.options = options;
    this.pace = options.pace();
    this.out = out;
  }

  void measure(FakeAdmin admin, LocalExecutor executor, RunCaller caller) throws Exception {
    Duration outageStart = pace.duration().minus(pace.outage()).dividedBy(2);
    out.printf("overload: %.0f runs/s for %s, %s, handler sleep %d ms over %d jobs (at most ~%.0f runs/s);"
            + " the admin refuses callbacks from %s for %s%n",
        pace.rate(), pace.duration(), options.batch() == 1 ? "one /run each" : options.batch() + " runs per /tempora/runs",
        pace.sleep().toMillis(), options.jobs(), options.jobs() * 1000.0 / Math.max(1, pace.sleep().toMillis()),
        outageStart, pace.outage());
    HeapProbe heap = new HeapProbe(executor.pid());
    PacedLoad paced = new PacedLoad(caller, options.batch(), options.jobs(), pace.maxInFlight());
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    Instant start = Instant.now();
    Duration cpuBefore = executor.cpuTime();
    PacedLoad.Result result;
    try {
      clock.schedule(() -> admin.outage(true), outageStart.toMillis(), TimeUnit.MILLISECONDS);
      clock.schedule(() -> admin.outage(false), outageStart.plus(pace.outage()).toMillis(), TimeUnit.MILLISECONDS);
      clock.scheduleWithFixedDelay(() -> sample(heap, paced, admin, start), pace.heapEvery().toMillis(),
          pace.heapEvery().toMillis(), TimeUnit.MILLISECONDS);
      result = paced.send(pace.rate(), pace.duration(), Duration.ZERO);
    } finally {
      clock.shutdownNow();
      clock.awaitTermination(1, TimeUnit.MINUTES);
      admin.outage(false);
    }
    Duration cpu = executor.cpuTime().minus(cpuBefore);
    out.printf("sending ended after %d s; waiting for the %d accepted runs to be called back%n",
        Duration.between(start, Instant.now()).toSeconds(), result.accepted());
    Instant drainStart = Instant.now();
    ExecutorBenchmark.awaitCallbacks(admin, paced.acceptedRuns(), options.timeout());
    Duration drain = Duration.between(drainStart, Instant.now());
    long afterDrain = heap.usedAfterFullGc();
    report(result, admin, cpu, drain, afterDrain);
  }

  private void sample(HeapProbe heap, PacedLoad paced, FakeAdmin admin, Instant start) {
    try {
      long used = heap.usedAfterFullGc();
      synchronized (heapSamples) {
        heapSamples.add(used);
      }
      out.printf("  %4d s: sent %d, accepted %d, refused %d, called back %d, callbacks refused %d; heap after GC %.1f MB;"
              + " load %.1f%n", Duration.between(start, Instant.now()).toSeconds(), paced.sent(), paced.acceptedSoFar(),
          paced.refusedSoFar(), admin.calledBack().size(), admin.refusedCallbacks(), used / 1048576.0, load.sample());
      if (highestYet > 0 && used > highestYet + HISTOGRAM_ABOVE) {
        out.println("  heap after GC " + (used - highestYet) / 1048576 + " MB above the highest sample yet; what is live:\n"
            + heap.histogram(HISTOGRAM_CLASSES));
      }
      highestYet = Math.max(highestYet, used);
    } catch (Exception e) {
      out.println("  heap sample failed: " + e);
    }
  }

  private void report(PacedLoad.Result result, FakeAdmin admin, Duration cpu, Duration drain, long afterDrain) {
    List<Long> samples;
    synchronized (heapSamples) {
      samples = List.copyOf(heapSamples);
    }
    long most = samples.stream().mapToLong(Long::longValue).max().orElse(0);
    out.printf("sent:                  %d runs (%d requests left late, %d in flight at once)%n", result.sent(),
        result.late(), pace.maxInFlight());
    out.printf("accepted / refused:    %d / %d%n", result.accepted(), result.refused());
    result.refusals().forEach((reason, count) -> out.printf("  %8d x %s%n", count, reason));
    out.printf("callbacks refused by the admin during its outage: %d requests; all %d accepted runs called back"
        + " %d s after the load ended%n", admin.refusedCallbacks(), result.accepted(), drain.toSeconds());
    out.printf("heap after full GC:    max %.1f MB of -Xmx %d MB over %d samples (%s MB); %.1f MB once drained%n",
        most / 1048576.0, LocalExecutor.MAX_HEAP_BYTES / 1048576, samples.size(), megabytes(samples),
        afterDrain / 1048576.0);
    out.printf("executor CPU:          %d us per accepted run (%d ms)%n",
        cpu.toNanos() / 1000 / Math.max(1, result.accepted()), cpu.toMillis());
    out.printf("load average:          %s (1 min, this host)%n", load.range());
    check(result, samples, most);
    out.println("OK: overload refused with a clear reason, heap bounded, every accepted run called back once");
  }

  private static void check(PacedLoad.Result result, List<Long> samples, long most) {
    List<String> unclear = result.refusals().keySet().stream().filter(reason -> !PacedLoad.saysOverloaded(reason)).toList();
    if (!unclear.isEmpty()) {
      throw new ExecutorBenchmark.BenchFailed("refusals without the overload reason: " + unclear);
    }
    if (result.refused() == 0) {
      throw new ExecutorBenchmark.BenchFailed("nothing was refused: not an overload; raise --rate or --sleep");
    }
    if (most > HEAP_CEILING * LocalExecutor.MAX_HEAP_BYTES) {
      throw new ExecutorBenchmark.BenchFailed("heap after GC reached " + most / 1048576 + " MB, near -Xmx");
    }
    int quarter = samples.size() / 4;
    if (quarter > 0) {
      long second = samples.subList(quarter, 2 * quarter).stream().mapToLong(Long::longValue).max().orElseThrow();
      long last = samples.subList(samples.size() - quarter, samples.size()).stream().mapToLong(Long::longValue).max()
          .orElseThrow();
      if (last > second + HEAP_GROWTH * LocalExecutor.MAX_HEAP_BYTES) {
        throw new ExecutorBenchmark.BenchFailed("heap after GC keeps growing: " + second / 1048576 + " MB in the second"
            + " quarter, " + last / 1048576 + " MB in the last");
      }
    }
  }

  private static String megabytes(List<Long> samples) {
    return String.join(" ", samples.stream().map(bytes -> String.valueOf(Math.round(bytes / 1048576.0))).toList());
  }
}
