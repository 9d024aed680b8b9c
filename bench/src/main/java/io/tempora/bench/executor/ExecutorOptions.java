package io.tempora.bench.executor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The command line of {@code bench executor}. */
record ExecutorOptions(int runs, int concurrency, int jobs, int idleJobs, int executorPort, Duration idleTimeout,
    Duration timeout, Optional<Path> jfr, int batch) {

  static final String USAGE = """
      usage: bench executor [--runs 20000] [--concurrency 16] [--jobs 100] [--idle-jobs 1000]
                            [--executor-port 19990] [--worker-idle-timeout PT10M] [--timeout-seconds 300]
                            [--jfr phase1.jfr] [--batch 1]""";

  static ExecutorOptions parse(String... args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value at " + args[i]);
      }
      flags.put(args[i].substring(2), args[i + 1]);
    }
    ExecutorOptions options = new ExecutorOptions(
        Integer.parseInt(flags.getOrDefault("runs", "20000")),
        Integer.parseInt(flags.getOrDefault("concurrency", "16")),
        Integer.parseInt(flags.getOrDefault("jobs", "100")),
        Integer.parseInt(flags.getOrDefault("idle-jobs", "1000")),
        Integer.parseInt(flags.getOrDefault("executor-port", "19990")),
        Duration.parse(flags.getOrDefault("worker-idle-timeout", "PT10M")),
        Duration.ofSeconds(Long.parseLong(flags.getOrDefault("timeout-seconds", "300"))),
        Optional.ofNullable(flags.get("jfr")).map(Path::of),
        Integer.parseInt(flags.getOrDefault("batch", "1")));
    if (options.runs < 1 || options.concurrency < 1 || options.jobs < 1 || options.idleJobs < 1 || options.batch < 1) {
      throw new IllegalArgumentException("--runs, --concurrency, --jobs, --idle-jobs and --batch must be positive");
    }
    return options;
  }
}
