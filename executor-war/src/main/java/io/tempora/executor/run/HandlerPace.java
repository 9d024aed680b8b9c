package io.tempora.executor.run;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which handlers block: one whose run took longer than {@code slowAfter} blocks until it has run
 * {@link #FAST_RUNS_TO_TRUST} times in a row quickly again. A handler never seen slow is fast.
 */
final class HandlerPace {

  static final int FAST_RUNS_TO_TRUST = 32;

  private final Duration slowAfter;
  /** Handler name → fast runs in a row since its last slow one; absent when it was never slow. */
  private final Map<String, Integer> fastSinceSlow = new ConcurrentHashMap<>();

  HandlerPace(Duration slowAfter) {
    this.slowAfter = slowAfter;
  }

  Duration slowAfter() {
    return slowAfter;
  }

  boolean blocks(String handler) {
    Integer fast = fastSinceSlow.get(handler);
    return fast != null && fast < FAST_RUNS_TO_TRUST;
  }

  void took(String handler, long nanos) {
    if (nanos > slowAfter.toNanos()) {
      blocking(handler);
    } else if (fastSinceSlow.containsKey(handler)) {
      fastSinceSlow.computeIfPresent(handler, (name, fast) -> fast >= FAST_RUNS_TO_TRUST ? null : fast + 1);
    }
  }

  void blocking(String handler) {
    fastSinceSlow.put(handler, 0);
  }
}
