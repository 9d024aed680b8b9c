package io.tempora.admin.registry.control;

import io.tempora.admin.platform.AdminConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The addresses that beat recently, per app name. Dispatch asks for every run, so the answer is a
 * snapshot refreshed at most once a second (and at once after a local beat or farewell) instead of a
 * query per run.
 */
@ApplicationScoped
public class LiveExecutors {

  static final Duration SNAPSHOT_AGE = Duration.ofSeconds(1);

  @Inject RegistrySnapshots snapshots;
  @Inject Clock clock;
  @Inject AdminConfig config;

  private volatile Snapshot snapshot = new Snapshot(Instant.MIN, Map.of());

  /** Live addresses of an app, sorted so FIRST and LAST mean the same on every node. */
  public List<String> of(String appName) {
    Instant now = clock.instant();
    Snapshot current = snapshot;
    if (current.takenAt().plus(SNAPSHOT_AGE).isBefore(now)) {
      current = new Snapshot(now, snapshots.aliveSince(now.minus(config.deadAfter())));
      snapshot = current;
    }
    return current.byApp().getOrDefault(appName, List.of());
  }

  void forget() {
    snapshot = new Snapshot(Instant.MIN, Map.of());
  }

  private record Snapshot(Instant takenAt, Map<String, List<String>> byApp) {}
}
