package io.tempora.admin.schedule.boundary;

import io.tempora.admin.schedule.control.Backfilled;
import java.time.Instant;
import java.util.List;

/** What a backfill stored: one run per fire time, first and last due time (null when the range held none). */
public record BackfillView(int count, Instant firstDueAt, Instant lastDueAt, List<Long> runIds) {

  static BackfillView of(Backfilled backfilled) {
    List<Instant> dues = backfilled.dueTimes();
    return new BackfillView(dues.size(), dues.isEmpty() ? null : dues.get(0), dues.isEmpty() ? null : dues.get(dues.size() - 1),
        backfilled.runIds());
  }
}
