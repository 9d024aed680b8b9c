package io.tempora.admin.job.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The next fire times of a schedule, as the scheduler will compute them. */
public final class FirePreview {

  public static final int MAX_COUNT = 100;

  private FirePreview() {}

  /** Up to {@code count} fires after {@code after}; fewer when the schedule stops firing. */
  public static List<Instant> next(Schedule schedule, Instant after, int count) {
    List<Instant> fires = new ArrayList<>(count);
    Optional<Instant> next = schedule.firstFireAfter(after);
    while (next.isPresent() && fires.size() < count) {
      fires.add(next.get());
      next = schedule.nextFireAfter(next.get());
    }
    return fires;
  }
}
