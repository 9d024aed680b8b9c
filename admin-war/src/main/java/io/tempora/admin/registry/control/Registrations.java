package io.tempora.admin.registry.control;

import io.tempora.admin.registry.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Records heartbeats and farewells; one small transaction each, every 30 s per executor. */
@ApplicationScoped
public class Registrations {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LiveExecutors live;

  @Transactional
  public void beat(String appName, String address) {
    Instant now = clock.instant();
    int updated =
        em.createQuery("update Registration r set r.lastBeatAt = :now where r.appName = :app and r.address = :address")
            .setParameter("now", now)
            .setParameter("app", appName)
            .setParameter("address", address)
            .executeUpdate();
    if (updated == 0) {
      em.persist(new Registration(appName, address, now));
    }
    live.forget();
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
