package io.tempora.bench;

import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What one benchmark measured, and its printout. */
record Outcome(BenchOptions options, Instant start, Instant accepted, Map<Long, Instant> triggeredAt,
    Map<Long, Run> runs) {

  boolean allSucceeded() {
    return runs.size() == triggeredAt.size()
        && runs.values().stream().allMatch(run -> run.getStatus() == RunStatus.SUCCEEDED);
  }

  void print(PrintStream out) {
    Instant lastFinish = runs.values().stream().map(Run::getFinishedAt).filter(Objects::nonNull)
        .map(time -> time.toInstant()).max(Instant::compareTo).orElse(accepted);
    out.printf("runs:                  %d, %d callers%n", triggeredAt.size(), options.concurrency());
    out.printf("triggers accepted:     %.1f/s%n", perSecond(triggeredAt.size(), Duration.between(start, accepted)));
    out.printf("runs completed:        %.1f/s end to end (first trigger to last finish, %d ms)%n",
        perSecond(finished(), Duration.between(start, lastFinish)), Duration.between(start, lastFinish).toMillis());
    out.printf("due -> finished:       %s%n", Latencies.of(runs.values().stream()
        .filter(run -> run.getFinishedAt() != null)
        .map(run -> Duration.between(run.getDueAt(), run.getFinishedAt())).toList()).summary());
    out.printf("trigger sent -> finished (client clock): %s%n", Latencies.of(runs.values().stream()
        .filter(run -> run.getFinishedAt() != null)
        .map(run -> Duration.between(triggeredAt.get(run.getId()), run.getFinishedAt().toInstant())).toList())
        .summary());
    Map<String, Long> byStatus = runs.values().stream()
        .collect(Collectors.groupingBy(run -> String.valueOf(run.getStatus()), TreeMap::new, Collectors.counting()));
    long unseen = triggeredAt.size() - runs.size();
    if (unseen > 0) {
      byStatus.put("NOT_LISTED", unseen);
    }
    out.printf("final status:          %s%n", byStatus);
    runs.values().stream().filter(run -> run.getStatus() != RunStatus.SUCCEEDED).limit(5)
        .forEach(run -> out.printf("  e.g. run %d %s: %s%n", run.getId(), run.getStatus(), run.getMessage()));
    out.println(allSucceeded() ? "OK: every run succeeded" : "FAILED: not every run succeeded");
  }

  private long finished() {
    return runs.values().stream().filter(run -> run.getFinishedAt() != null).count();
  }

  private static double perSecond(long count, Duration elapsed) {
    return elapsed.isZero() ? 0 : count * 1000.0 / Math.max(1, elapsed.toMillis());
  }
}
