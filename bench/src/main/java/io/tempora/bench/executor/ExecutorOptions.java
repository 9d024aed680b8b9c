package io.tempora.bench.executor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of {@code bench executor}. Without {@code --rate} or {@code --overload} it sends a burst
 * as fast as its callers can; {@code --rate} paces the runs, and {@code --overload} paces more sleeping
 * runs than the executor can run while the fake admin refuses callbacks for a while.
 */
record ExecutorOptions(int runs, int concurrency, int jobs, int idleJobs, int executorPort, Duration idleTimeout,
    Duration timeout, Optional<Path> jfr, int batch, Pace pace) {

  /** How {@code --rate} and {@code --overload} send: {@code rate} runs per second for {@code duration}. */
  record Pace(double rate, Duration duration, Duration warmup, boolean overload, Duration sleep, Duration outage,
      Duration heapEvery, int maxInFlight) {

    boolean paced() {
      return rate > 0;
    }
  }

  static final String USAGE = """
      usage: bench executor [--runs 20000] [--concurrency 16] [--jobs 100] [--idle-jobs 1000]
                            [--executor-port 19990] [--worker-idle-timeout PT10M] [--timeout-seconds 300]
                            [--jfr phase1.jfr] [--batch 1]
             bench executor --rate 1000 [--duration PT2M] [--warmup PT20S] [--batch 1] [--jobs 100] ...
             bench executor --overload [--duration PT10M] [--rate 3000] [--batch 100] [--jobs 200] [--sleep PT0.2S]
                            [--outage PT3M] [--heap-every PT30S] [--max-in-flight 64] ...""";

  private static final Set<String> SWITCHES = Set.of("overload");

  static ExecutorOptions parse(String... args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String flag = args[i].startsWith("--") ? args[i].substring(2) : null;
      if (flag != null && SWITCHES.contains(flag)) {
        flags.put(flag, "true");
      } else if (flag == null || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value at " + args[i]);
      } else {
        flags.put(flag, args[++i]);
      }
    }
    boolean overload = flags.containsKey("overload");
    Pace pace = new Pace(
        Double.parseDouble(flags.getOrDefault("rate", overload ? "3000" : "0")),
        Duration.parse(flags.getOrDefault("duration", overload ? "PT10M" : "PT2M")),
        Duration.parse(flags.getOrDefault("warmup", overload ? "PT0S" : "PT20S")),
        overload,
        Duration.parse(flags.getOrDefault("sleep", overload ? "PT0.2S" : "PT0S")),
        Duration.parse(flags.getOrDefault("outage", overload ? "PT3M" : "PT0S")),
        Duration.parse(flags.getOrDefault("heap-every", "PT30S")),
        Integer.parseInt(flags.getOrDefault("max-in-flight", "64")));
    ExecutorOptions options = new ExecutorOptions(
        Integer.parseInt(flags.getOrDefault("runs", "20000")),
        Integer.parseInt(flags.getOrDefault("concurrency", "16")),
        Integer.parseInt(flags.getOrDefault("jobs", overload ? "200" : "100")),
        Integer.parseInt(flags.getOrDefault("idle-jobs", "1000")),
        Integer.parseInt(flags.getOrDefault("executor-port", "19990")),
        Duration.parse(flags.getOrDefault("worker-idle-timeout", "PT10M")),
        Duration.ofSeconds(Long.parseLong(flags.getOrDefault("timeout-seconds", "300"))),
        Optional.ofNullable(flags.get("jfr")).map(Path::of),
        Integer.parseInt(flags.getOrDefault("batch", overload ? "100" : "1")),
        pace);
    if (options.runs < 1 || options.concurrency < 1 || options.jobs < 1 || options.idleJobs < 1 || options.batch < 1) {
      throw new IllegalArgumentException("--runs, --concurrency, --jobs, --idle-jobs and --batch must be positive");
    }
    if (pace.rate < 0 || pace.maxInFlight < 1 || (pace.paced() && pace.duration.compareTo(pace.warmup) <= 0)) {
      throw new IllegalArgumentException("--rate must not be negative, --max-in-flight positive, --duration longer"
          + " than --warmup");
    }
    if (pace.outage.compareTo(pace.duration) >= 0) {
      throw new IllegalArgumentException("--outage must be shorter than --duration");
    }
    return options;
  }

  /** The BEAN handler of the bundled plugin the runs call, and its parameter. */
  String handler() {
    return pace.sleep.isZero() ? "echo" : "sleep";
  }

  String handlerParams() {
    return pace.sleep.isZero() ? "bench" : String.valueOf(pace.sleep.toMillis());
  }
}
