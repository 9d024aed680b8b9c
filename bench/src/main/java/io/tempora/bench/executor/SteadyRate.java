package io.tempora.bench.executor;

import io.tempora.bench.Latencies;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code bench executor --rate R --duration D}: runs at a steady pace (open loop, see {@link PacedLoad}),
 * the answer latency at that pace and whether the executor keeps up: the rate of callbacks over the
 * measured window against the rate of accepted runs, and how long each run took from due to called back.
 * Fails if a run is refused or not called back exactly once with success.
 */
final class SteadyRate {

  /** Callbacks at this share of the accepted rate or more count as keeping up. */
  private static final double KEPT_UP = 0.98;
  private static final Duration TARGET_P99 = Duration.ofMillis(5);

  private final ExecutorOptions options;
  private final PrintStream out;

  SteadyRate(ExecutorOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  void measure(FakeAdmin admin, LocalExecutor executor, RunCaller caller) throws Exception {
    ExecutorOptions.Pace pace = options.pace();
    out.printf("steady load: %.0f runs/s for %s (the first %s not counted: warm-up), %s, %d jobs, handler %s%n",
        pace.rate(), pace.duration(), pace.warmup(),
        options.batch() == 1 ? "one /run each" : options.batch() + " runs per /tempora/runs", options.jobs(),
        options.handler());
    LoadAverage load = new LoadAverage();
    load.sample();
    PacedLoad paced = new PacedLoad(caller, options.batch(), options.jobs(), pace.maxInFlight());
    Duration cpuBefore = executor.cpuTime();
    PacedLoad.Result result = paced.send(pace.rate(), pace.duration(), pace.warmup());
    load.sample();
    if (result.refused() > 0) {
      throw new ExecutorBenchmark.BenchFailed(result.refused() + " runs refused: " + result.refusals());
    }
    List<Burst.Run> accepted = paced.acceptedRuns();
    ExecutorBenchmark.awaitCallbacks(admin, accepted, options.timeout());
    Duration cpu = executor.cpuTime().minus(cpuBefore);
    load.sample();

    Map<Long, Instant> calledBack = admin.calledBack();
    List<Burst.Run> measured = accepted.stream()
        .filter(run -> !paced.due(run.logId()).isBefore(result.measuredFrom())).toList();
    List<Duration> dueToCallback = measured.stream()
        .map(run -> Duration.between(paced.due(run.logId()), calledBack.get(run.logId()))).toList();
    Instant lastCallback = measured.stream().map(run -> calledBack.get(run.logId())).max(Instant::compareTo)
        .orElse(result.end());
    double acceptedRate = ExecutorBenchmark.perSecond(measured.size(),
        Duration.between(result.measuredFrom(), result.lastSent()));
    double callbackRate = ExecutorBenchmark.perSecond(measured.size(),
        Duration.between(result.measuredFrom(), lastCallback));
    Latencies answers = Latencies.of(result.latencies());
    boolean keptUp = callbackRate >= KEPT_UP * pace.rate() && acceptedRate >= KEPT_UP * pace.rate();

    out.printf("sent:                  %d runs, the last %d ms after the first (schedule: %d ms); %d requests left"
            + " late (%d in flight at once)%n", result.sent(), Duration.between(result.start(), result.lastSent()).toMillis(),
        pace.duration().toMillis(), result.late(), pace.maxInFlight());
    out.printf("answer latency:        %s per request, from its due time%n", answers.fineSummary());
    out.printf("after the warm-up:     %d runs, accepted at %.0f/s, called back at %.0f/s (offered %.0f/s)%n",
        measured.size(), acceptedRate, callbackRate, pace.rate());
    out.printf("due -> called back:    %s%n", Latencies.of(dueToCallback).fineSummary());
    out.printf("executor CPU:          %d us per run (%d ms for %d runs, %.2f cores at the offered rate)%n",
        cpu.toNanos() / 1000 / Math.max(1, result.sent()), cpu.toMillis(), result.sent(),
        cpu.toNanos() / 1e9 / Math.max(1, result.sent()) * pace.rate());
    out.printf("load average:          %s (1 min, this host)%n", load.range());
    out.printf("p99 <= %d ms:           %s%n", TARGET_P99.toMillis(),
        answers.percentile(99).compareTo(TARGET_P99) <= 0 ? "yes" : "NO");
    out.printf("kept up:               %s (accepted and called back at >= %.0f %% of the offered rate)%n",
        keptUp ? "yes" : "NO", 100 * KEPT_UP);
    out.println("OK: every run accepted and called back exactly once");
  }
}
