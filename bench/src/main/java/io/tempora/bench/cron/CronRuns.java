package io.tempora.bench.cron;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The runs of the benchmark's jobs as the admin stored them ({@code job_run}, times in epoch ms). */
final class CronRuns {

  /** One stored run of a benchmark job. */
  record Row(long jobId, long dueAt, String trigger, String status, Long firedAt, Long finishedAt) {}

  private static final String FINAL = "'SUCCEEDED','FAILED','TIMED_OUT','KILLED','LOST','MISSED','CANCELLED'";

  private final Connection db;
  private final List<Long> jobIds;
  private final Instant from;
  private final Instant to;

  CronRuns(Connection db, List<Long> jobIds, Instant from, Instant to) {
    this.db = db;
    this.jobIds = jobIds;
    this.from = from;
    this.to = to;
  }

  /** Waits until no run of the window is unfinished, or {@code drain} after the window; returns when. */
  Instant awaitFinal(Duration drain) throws SQLException, InterruptedException {
    Instant deadline = to.plus(drain);
    while (Instant.now().isBefore(deadline)) {
      if (count("status not in (" + FINAL + ")") == 0 && count("1 = 1") > 0) {
        return Instant.now();
      }
      Thread.sleep(250);
    }
    return Instant.now();
  }

  CronReport report() throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement("select job_id, due_at, trigger_type, status, fired_at, finished_at"
        + " from job_run where job_id in (" + ids() + ") and due_at >= ? and due_at < ?")) {
      query.setLong(1, from.toEpochMilli());
      query.setLong(2, to.toEpochMilli());
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(new Row(result.getLong(1), result.getLong(2), result.getString(3), result.getString(4),
              (Long) result.getObject(5, Long.class), (Long) result.getObject(6, Long.class)));
        }
      }
    }
    return CronReport.of(rows, jobIds.size(), from, to);
  }

  private long count(String condition) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("select count(*) from job_run where job_id in (" + ids()
        + ") and due_at >= ? and due_at < ? and " + condition)) {
      query.setLong(1, from.toEpochMilli());
      query.setLong(2, to.toEpochMilli());
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private String ids() {
    return jobIds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
