package io.tempora.admin.job.entity;

import com.cronutils.model.time.ExecutionTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * A cron fire whose local time the clock skips (the hour lost when daylight saving starts) would
 * otherwise not happen that day at all: a job at 02:30 in Europe/Berlin would miss the last Sunday of
 * March. Such a fire happens at the first instant after the gap instead (03:00 local). A local time
 * that occurs twice (the hour repeated when daylight saving ends) fires once, at its first occurrence,
 * which is what the cron library does already.
 */
final class SkippedLocalTimes {

  private SkippedLocalTimes() {}

  /**
   * The fire owed to a gap between {@code after} (exclusive) and {@code regularNext}, if the cron
   * names a local time inside it.
   */
  static Optional<Instant> fireInGap(ExecutionTime cron, ZoneId zone, Instant after, Optional<Instant> regularNext) {
    ZoneRules rules = zone.getRules();
    ZoneOffsetTransition transition = rules.nextTransition(after);
    while (transition != null && (regularNext.isEmpty() || transition.getInstant().isBefore(regularNext.get()))) {
      if (transition.isGap() && namesTimeIn(cron, transition)) {
        return Optional.of(transition.getInstant());
      }
      transition = rules.nextTransition(transition.getInstant());
      if (regularNext.isEmpty() && transition != null && transition.getInstant().isAfter(after.plusSeconds(366L * 86_400))) {
        return Optional.empty(); // a cron that never fires again gets no fire from gaps either
      }
    }
    return Optional.empty();
  }

  /** Whether the cron matches a local time in [start of gap, end of gap), reading the clock as if it had not jumped. */
  private static boolean namesTimeIn(ExecutionTime cron, ZoneOffsetTransition gap) {
    LocalDateTime gapStart = gap.getDateTimeBefore();
    LocalDateTime gapEnd = gap.getDateTimeAfter();
    ZonedDateTime justBefore = gapStart.minusSeconds(1).atZone(gap.getOffsetBefore());
    return cron.nextExecution(justBefore)
        .map(next -> next.toLocalDateTime().isBefore(gapEnd))
        .orElse(false);
  }
}
