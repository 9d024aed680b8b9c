package io.tempora.executor.log;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The time at the start of each log line, {@code yyyy-MM-dd HH:mm:ss.SSS} in UTC. Formatting a date
 * was half the executor's log cost at thousands of runs per second, so the part up to the second is
 * formatted once per second and shared by every line of that second.
 */
final class LineStamp {

  private static final DateTimeFormatter TO_THE_SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.").withZone(ZoneOffset.UTC);

  private record Second(long epochSecond, String formatted) {}

  private static volatile Second last = new Second(Long.MIN_VALUE, "");

  private LineStamp() {}

  static String of(Instant time) {
    Second second = last;
    if (second.epochSecond() != time.getEpochSecond()) {
      second = new Second(time.getEpochSecond(), TO_THE_SECOND.format(time));
      last = second;
    }
    int millis = time.getNano() / 1_000_000;
    return second.formatted() + (millis < 10 ? "00" : millis < 100 ? "0" : "") + millis;
  }
}
