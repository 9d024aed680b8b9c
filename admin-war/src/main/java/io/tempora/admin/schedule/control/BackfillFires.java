package io.tempora.admin.schedule.control;

import io.tempora.admin.job.entity.Schedule;
import io.tempora.admin.job.entity.ScheduleType;
import io.tempora.admin.platform.InvalidField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fire times of a schedule in [from, to): a cron's in its time zone; a fixed rate has no clock of its
 * own to align to, so its fires start at {@code from} and follow every period.
 */
final class BackfillFires {

  private BackfillFires() {}

  /** At most {@code limit} fires; more is a 400 naming {@code to}, with the time to split the range at. */
  static List<Instant> between(Schedule schedule, Instant from, Instant to, int limit) {
    List<Instant> fires = new ArrayList<>();
    Optional<Instant> next = schedule.type() == ScheduleType.FIX_RATE ? Optional.of(from) : schedule.nextFireAfter(from.minusMillis(1));
    while (next.isPresent() && next.get().isBefore(to)) {
      if (fires.size() == limit) {
        throw new InvalidField("to", "from " + from + " to " + to + " the schedule fires more than " + limit
            + " times, more than one backfill takes; end this one at " + next.get() + " and backfill the rest from there");
      }
      fires.add(next.get());
      next = schedule.nextFireAfter(next.get());
    }
    return fires;
  }
}
