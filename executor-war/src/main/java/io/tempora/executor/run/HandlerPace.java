package io.tempora.executor.run;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which handlers block. The runner pool marks a handler blocking when it finds one of its runs
 * waiting after {@code slowAfter} (a slow run alone proves nothing: on a busy machine a quick handler's
 * thread may simply have waited for a CPU). It stays blocking until it has run {@link
 * #FAST_RUNS_TO_TRUST} times in a row within {@code slowAfter}. A handler never marked is fast.
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
    if (!fastSinceSlow.containsKey(handler)) {
      return;
    }
    if (nanos > slowAfter.toNanos()) {
      fastSinceSlow.computeIfPresent(handler, (name, fast) -> 0);
    } else {
      fastSinceSlow.computeIfPresent(handler, (name, fast) -> fast + 1 >= FAST_RUNS_TO_TRUST ? null : fast + 1);
    }
  }

  void blocking(String handler) {
    fastSinceSlow.put(handler, 0);
  }
}
