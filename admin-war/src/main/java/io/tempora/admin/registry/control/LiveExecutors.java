package io.tempora.admin.registry.control;

import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.registry.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The addresses that beat recently, per app name. Dispatch asks for every run, so the answer is a
 * snapshot refreshed at most once a second (and at once after a local beat or farewell) instead of a
 * query per run.
 */
@ApplicationScoped
public class LiveExecutors {

  static final Duration SNAPSHOT_AGE = Duration.ofSeconds(1);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AdminConfig config;

  private volatile Snapshot snapshot = new Snapshot(Instant.MIN, Map.of());

  /** Live addresses of an app, sorted so FIRST and LAST mean the same on every node. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> of(String appName) {
    Instant now = clock.instant();
    Snapshot current = snapshot;
    if (current.takenAt().plus(SNAPSHOT_AGE).isBefore(now)) {
      current = new Snapshot(now, query(now.minus(config.deadAfter())));
      snapshot = current;
    }
    return current.byApp().getOrDefault(appName, List.of());
  }

  void forget() {
    snapshot = new Snapshot(Instant.MIN, Map.of());
  }

  private Map<String, List<String>> query(Instant aliveSince) {
    return em.createQuery("select r from Registration r where r.lastBeatAt >= :since", Registration.class)
        .setParameter("since", aliveSince)
        .getResultStream()
        .collect(Collectors.groupingBy(Registration::appName, TreeMap::new,
            Collectors.collectingAndThen(Collectors.mapping(Registration::address, Collectors.toList()),
                addresses -> addresses.stream().sorted().toList())));
  }

  private record Snapshot(Instant takenAt, Map<String, List<String>> byApp) {}
}
