package io.tempora.executor.registry;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When to beat to each admin. An admin that took the last beat gets the next one a beat interval
 * later. One that did not is tried again soon, then at doubling pauses up to the interval, so that the
 * executor is registered again within seconds of an admin outage instead of looking dead until the
 * next regular beat. An admin that accepts another call (a callback) after a failed beat or a failed
 * call is beaten at once: it is back, and may have lost this executor while it was away.
 */
final class BeatSchedule {

  static final Duration FIRST_RETRY = Duration.ofSeconds(2);

  private final Duration interval;
  private final Map<URI, AdminBeats> admins = new LinkedHashMap<>();

  BeatSchedule(List<URI> admins, Duration interval, Instant now) {
    this.interval = interval;
    admins.forEach(admin -> this.admins.put(admin, new AdminBeats(now, null, false)));
  }

  /**
   * @param retry the pause after the last beat, which failed; null when it succeeded
   * @param away whether another call to the admin failed since its last successful beat
   */
  private record AdminBeats(Instant nextAt, Duration retry, boolean away) {

    AdminBeats dueAt(Instant when) {
      return new AdminBeats(when, retry, away);
    }
  }

  synchronized List<URI> due(Instant now) {
    return admins.entrySet().stream().filter(admin -> !admin.getValue().nextAt().isAfter(now)).map(Map.Entry::getKey)
        .toList();
  }

  synchronized void answered(URI admin, Instant now) {
    admins.computeIfPresent(admin, (uri, beats) -> new AdminBeats(now.plus(interval), null, false));
  }

  /** @return how long until the admin is tried again */
  synchronized Duration failed(URI admin, Instant now) {
    AdminBeats beats = admins.get(admin);
    if (beats == null) {
      return interval;
    }
    Duration retry = beats.retry() == null ? min(FIRST_RETRY, interval) : min(beats.retry().multipliedBy(2), interval);
    admins.put(admin, new AdminBeats(now.plus(retry), retry, beats.away()));
    return retry;
  }

  synchronized void otherCallFailed(URI admin) {
    admins.computeIfPresent(admin, (uri, beats) -> new AdminBeats(beats.nextAt(), beats.retry(), true));
  }

  /** The admin accepted another call; if it had been away, it is due now. */
  synchronized void otherCallAccepted(URI admin, Instant now) {
    admins.computeIfPresent(admin, (uri, beats) -> beats.retry() != null || beats.away() ? beats.dueAt(now) : beats);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
