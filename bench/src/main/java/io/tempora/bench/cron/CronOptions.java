package io.tempora.bench.cron;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@code bench cron --jobs N [...]}; see bench/README.md. */
record CronOptions(String url, String token, int jobs, String app, String dbUrl, String dbUser, String dbPassword,
    Path dataDir, Duration drain, int callers) {

  static final String USAGE = """
      usage: bench cron --jobs 1000 [--url http://localhost:8080] [--token TOKEN | --data-dir ./tempora-data]
                        [--app tempora-demo] [--db-url jdbc:mariadb://127.0.0.1:3306/tempora] [--db-user root]
                        [--db-password ''] [--drain-seconds 120] [--callers 16]""";

  static CronOptions parse(String... args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value at " + args[i]);
      }
      flags.put(args[i].substring(2), args[i + 1]);
    }
    Path dataDir = Path.of(flags.getOrDefault("data-dir", "./tempora-data"));
    String token = flags.containsKey("token") ? flags.get("token") : readToken(dataDir);
    int jobs = Integer.parseInt(flags.getOrDefault("jobs", "100"));
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be positive");
    }
    return new CronOptions(flags.getOrDefault("url", "http://localhost:8080"), token, jobs,
        flags.getOrDefault("app", "tempora-demo"),
        flags.getOrDefault("db-url", "jdbc:mariadb://127.0.0.1:3306/tempora"), flags.getOrDefault("db-user", "root"),
        flags.getOrDefault("db-password", ""), dataDir,
        Duration.ofSeconds(Long.parseLong(flags.getOrDefault("drain-seconds", "120"))),
        Integer.parseInt(flags.getOrDefault("callers", "16")));
  }

  private static String readToken(Path dataDir) {
    Path file = dataDir.resolve("secrets").resolve("admin-api-token");
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException("no token: pass --token, or --data-dir where secrets/admin-api-token is", e);
    }
  }
}
