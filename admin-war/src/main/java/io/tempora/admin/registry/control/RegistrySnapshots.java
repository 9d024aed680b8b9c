package io.tempora.admin.registry.control;

import io.tempora.admin.registry.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Reads the live registry in its own short transaction; the refreshing thread has none of its own. */
@ApplicationScoped
public class RegistrySnapshots {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Registration> aliveSince(Instant since) {
    return em.createQuery("select r from Registration r where r.lastBeatAt >= :since", Registration.class)
        .setParameter("since", since)
        .getResultList();
  }
}
