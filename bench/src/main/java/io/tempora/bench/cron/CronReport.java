package io.tempora.bench.cron;

import io.tempora.bench.Latencies;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The verdict on one window: every owed fire (job × second) is fired once, or accounted for by a MISSED
 * record; none is fired twice.
 */
record CronReport(long owed, long fired, long doubled, long missedRecords, long unaccounted, Map<String, Long> byStatus,
    Latencies lateness, Latencies dueToFinished) {

  static CronReport of(List<CronRuns.Row> rows, int jobs, Instant from, Instant to) {
    long seconds = Duration.between(from, to).toSeconds();
    Map<String, Long> perFire = new HashMap<>();
    Map<Long, Long> firstMissed = new HashMap<>();
    for (CronRuns.Row row : rows) {
      if (row.status().equals("MISSED")) {
        firstMissed.merge(row.jobId(), row.dueAt(), Math::min);
      } else if (row.trigger().equals("CRON")) {
        perFire.merge(row.jobId() + "@" + row.dueAt(), 1L, Long::sum);
      }
    }
    long fired = perFire.size();
    long doubled = perFire.values().stream().filter(count -> count > 1).count();
    long unaccounted = 0;
    Map<Long, Long> firedPerJob = perFire.keySet().stream()
        .collect(Collectors.groupingBy(key -> Long.parseLong(key.substring(0, key.indexOf('@'))), Collectors.counting()));
    for (Map.Entry<Long, Long> job : firedPerJob.entrySet()) {
      if (!firstMissed.containsKey(job.getKey())) {
        unaccounted += seconds - job.getValue();
      }
    }
    unaccounted += (long) (jobs - firedPerJob.size() - firstMissed.keySet().stream().filter(id -> !firedPerJob.containsKey(id)).count()) * seconds;
    Map<String, Long> byStatus = rows.stream()
        .collect(Collectors.groupingBy(CronRuns.Row::status, TreeMap::new, Collectors.counting()));
    List<Duration> late = rows.stream().filter(row -> row.firedAt() != null && !row.status().equals("MISSED"))
        .map(row -> Duration.ofMillis(row.firedAt() - row.dueAt())).toList();
    List<Duration> toFinish = rows.stream().filter(row -> row.finishedAt() != null && !row.status().equals("MISSED"))
        .map(row -> Duration.ofMillis(row.finishedAt() - row.dueAt())).toList();
    return new CronReport((long) jobs * seconds, fired, doubled, firstMissed.size(), unaccounted, byStatus,
        Latencies.of(late), Latencies.of(toFinish));
  }

  boolean passed(int jobs) {
    return doubled == 0 && unaccounted == 0 && byStatus.getOrDefault("SUCCEEDED", 0L) == owed;
  }

  void print(PrintStream out, int jobs, Duration drain) {
    out.printf("fires owed:            %d (%d jobs x %d s)%n", owed, jobs, owed / Math.max(1, jobs));
    out.printf("fires recorded:        %d (%.2f %%), doubled %d, MISSED records %d, never fired and unexplained %d%n",
        fired, 100.0 * fired / owed, doubled, missedRecords, unaccounted);
    out.printf("status:                %s%n", byStatus);
    out.printf("lateness (fired-due):  %s%n", lateness.summary());
    out.printf("due -> finished:       %s%n", dueToFinished.summary());
    out.printf("drain after the window: %d ms%n", drain.toMillis());
    out.println(passed(jobs) ? "OK: every owed fire ran once and succeeded" : "FAILED: see the counts above");
  }
}
