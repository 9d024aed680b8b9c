package io.tempora.admin.run.control;

import java.time.Duration;

/**
 * How long a failed run waits before its next attempt: 1 s, 2 s, 4 s … capped at a minute, so a
 * flapping executor is not hammered and a brief outage is still bridged.
 */
public final class RetryBackoff {

  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration CAP = Duration.ofMinutes(1);

  private RetryBackoff() {}

  /** The wait before attempt {@code failedAttempt + 1}. */
  public static Duration after(int failedAttempt) {
    int doublings = Math.min(Math.max(failedAttempt - 1, 0), 16);
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(CAP) > 0 ? CAP : wait;
  }
}
