package io.tempora.admin.job.entity;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The period of a FIX_RATE job or the delay of a FIX_DELAY one: whole seconds ({@code 30}, as XXL-JOB
 * writes it) or an ISO-8601 duration ({@code PT30S}, {@code PT1M30S}, {@code PT0.5S}). Sub-second
 * values are allowed in whole milliseconds down to {@link #MIN}; the bounds keep a job from flooding
 * the run table or never firing in any lifetime of the data.
 */
final class ScheduleInterval {

  static final Duration MIN = Duration.ofMillis(100);
  static final Duration MAX = Duration.ofDays(365);

  private ScheduleInterval() {}

  /** The schedule, its expression as stored (trimmed, ISO in upper case); throws {@link InvalidSchedule}. */
  static Schedule.Periodic parse(ScheduleType type, String expression, ZoneId zone) {
    String text = expression == null ? "" : expression.trim().toUpperCase(Locale.ROOT);
    if (text.isEmpty()) {
      throw new InvalidSchedule("a " + type + " job needs " + what(type) + " in seconds ('30') or as an ISO-8601 duration ('PT30S')");
    }
    Duration interval = read(type, text);
    if (interval.isNegative() || interval.isZero()) {
      throw new InvalidSchedule(what(type) + " must be positive, got '" + expression.trim() + "'");
    }
    if (interval.getNano() % 1_000_000 != 0) {
      throw new InvalidSchedule(what(type) + " is counted in whole milliseconds, got '" + expression.trim() + "'");
    }
    if (interval.compareTo(MIN) < 0 || interval.compareTo(MAX) > 0) {
      throw new InvalidSchedule(what(type) + " must be from " + MIN.toMillis() + " ms to " + MAX.toDays() + " days, got '"
          + expression.trim() + "'");
    }
    return new Schedule.Periodic(type, text, zone, interval);
  }

  private static Duration read(ScheduleType type, String text) {
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (text.length() > 12) {
        throw new InvalidSchedule(what(type) + " must be at most " + MAX.toDays() + " days, got " + text + " seconds");
      }
      return Duration.ofSeconds(Long.parseLong(text));
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidSchedule("a " + type + " job needs " + what(type) + " in whole seconds ('30') or as an ISO-8601"
          + " duration ('PT1M30S'), got '" + text + "'");
    }
  }

  private static String what(ScheduleType type) {
    return type == ScheduleType.FIX_DELAY ? "the delay" : "the period";
  }
}
