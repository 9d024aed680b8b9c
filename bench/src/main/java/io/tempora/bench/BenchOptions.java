package io.tempora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The command line: {@code trigger [--runs N] [--concurrency C] [--url U] [--token T | --data-dir D] [--app A]}. */
record BenchOptions(String url, String token, int runs, int concurrency, int jobs, String app, Duration timeout) {

  static final String USAGE = """
      usage: bench trigger [--runs 2000] [--concurrency 16] [--jobs 100] [--url http://localhost:8080]
                           [--token TOKEN | --data-dir ./tempora-data] [--app tempora-demo] [--timeout-seconds 600]
         bench cron --jobs 1000 [--db-url jdbc:mariadb://127.0.0.1:3306/tempora] (see bench/README.md)
         bench executor [--runs 20000] [--concurrency 16] [--idle-jobs 1000] [--executor-port 19990] (see bench/README.md)""";

  static BenchOptions parse(String... args) {
    if (args.length == 0 || !args[0].equals("trigger")) {
      throw new IllegalArgumentException("unknown command" + (args.length == 0 ? "" : " " + args[0]));
    }
    Map<String, String> flags = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value at " + args[i]);
      }
      flags.put(args[i].substring(2), args[i + 1]);
    }
    String token = flags.containsKey("token")
        ? flags.get("token")
        : readToken(Path.of(flags.getOrDefault("data-dir", "./tempora-data")));
    BenchOptions options = new BenchOptions(
        flags.getOrDefault("url", "http://localhost:8080"),
        token,
        Integer.parseInt(flags.getOrDefault("runs", "2000")),
        Integer.parseInt(flags.getOrDefault("concurrency", "16")),
        Integer.parseInt(flags.getOrDefault("jobs", "100")),
        flags.getOrDefault("app", "tempora-demo"),
        Duration.ofSeconds(Long.parseLong(flags.getOrDefault("timeout-seconds", "600"))));
    if (options.runs < 1 || options.concurrency < 1 || options.jobs < 1) {
      throw new IllegalArgumentException("--runs, --concurrency and --jobs must be positive");
    }
    return options;
  }

  private static String readToken(Path dataDir) {
    Path file = dataDir.resolve("secrets").resolve("admin-api-token");
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException("no token: pass --token, or --data-dir where secrets/admin-api-token is ("
          + file.toAbsolutePath() + " is unreadable)", e);
    }
  }
}
