package io.tempora.executor.callback;

import java.time.Duration;

/** A pause that doubles after every failure, up to a ceiling, and starts over after a success. */
public final class Backoff {

  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration CEILING = Duration.ofSeconds(30);

  private final Duration first;
  private final Duration ceiling;
  private Duration next;

  public Backoff(Duration first, Duration ceiling) {
    this.first = first;
    this.ceiling = ceiling;
    this.next = first;
  }

  public static Backoff standard() {
    return new Backoff(FIRST, CEILING);
  }

  public Duration failed() {
    Duration pause = next;
    next = next.multipliedBy(2).compareTo(ceiling) > 0 ? ceiling : next.multipliedBy(2);
    return pause;
  }

  public void succeeded() {
    next = first;
  }
}
