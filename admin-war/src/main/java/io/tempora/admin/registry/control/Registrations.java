package io.tempora.admin.registry.control;

import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.registry.entity.Registration;
import io.tempora.protocol.ExecutorFeatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Records heartbeats and farewells; one small transaction each, every 30 s per executor. */
@ApplicationScoped
public class Registrations {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LiveExecutors live;
  @Inject AdminConfig config;

  /** {@code handlers} is null from XXL-JOB executors, which do not say what they offer. */
  @Transactional
  public void beat(String appName, String address, List<String> handlers, ExecutorFeatures features) {
    Instant now = clock.instant();
    Registration registration =
        em.createQuery("select r from Registration r where r.appName = :app and r.address = :address", Registration.class)
            .setParameter("app", appName)
            .setParameter("address", address)
            .getResultStream()
            .findFirst()
            .orElseGet(() -> {
              Registration fresh = new Registration(appName, address, now);
              em.persist(fresh);
              return fresh;
            });
    registration.beat(now, handlers, features);
    live.forget();
  }

  /** The handlers offered by the live executors of an app that say what they offer; empty when none says. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Set<String>> offeredHandlers(String appName) {
    return em.createQuery("select r from Registration r where r.appName = :app and r.lastBeatAt >= :since", Registration.class)
        .setParameter("app", appName)
        .setParameter("since", clock.instant().minus(config.deadAfter()))
        .getResultStream()
        .filter(r -> !r.handlers().isEmpty())
        .collect(Collectors.toMap(Registration::address, Registration::handlers));
  }

  @Transactional
  public void remove(String appName, String address) {
    em.createQuery("delete from Registration r where r.appName = :app and r.address = :address")
        .setParameter("app", appName)
        .setParameter("address", address)
        .executeUpdate();
    live.forget();
  }
}
