package io.tempora.protocol;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the calls refused for their credentials per caller address, in fixed windows that start with
 * an address's first refusal. An address over its share is answered "too many" at once, before any
 * token is looked at, until its window ends. Calls that carry valid credentials are never counted or
 * limited, so a flood from a host shared with an executor does not cut the executor off.
 *
 * <p>The addresses tracked are bounded: an attacker rotating addresses evicts old windows instead of
 * growing the heap.
 */
public final class RefusedCallers {

  static final int MAX_TRACKED = 100_000;

  private final int allowed;
  private final Duration window;
  private final Ticker ticker;
  private final Cache<String, Window> windows;

  public RefusedCallers(int allowedPerWindow, Duration window) {
    this(allowedPerWindow, window, Ticker.systemTicker());
  }

  RefusedCallers(int allowedPerWindow, Duration window, Ticker ticker) {
    if (allowedPerWindow < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("at least one refused call per window, and a positive window");
    }
    this.allowed = allowedPerWindow;
    this.window = window;
    this.ticker = ticker;
    this.windows = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(window).maximumSize(MAX_TRACKED).build();
  }

  /**
   * Counts a refused call from {@code address}; answers how long the address must wait when this call
   * is over its share, empty while it is still within it.
   */
  public Optional<Duration> refuse(String address) {
    Window current = windows.get(address, any -> new Window(ticker.read()));
    if (current.refused.incrementAndGet() <= allowed) {
      return Optional.empty();
    }
    Duration left = window.minusNanos(ticker.read() - current.startedNanos);
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  /** Whole seconds to put in a {@code Retry-After} header: never 0, which would invite a retry at once. */
  public static long retryAfterSeconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static final class Window {
    final long startedNanos;
    final AtomicInteger refused = new AtomicInteger();

    Window(long startedNanos) {
      this.startedNanos = startedNanos;
    }
  }
}
