package io.tempora.admin.run.control;

import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** A stopping node hands its unsent runs back, so another node sends them on time instead of after a death. */
@ApplicationScoped
public class ReleaseRuns {

  @PersistenceContext EntityManager em;
  @Inject AdminNode node;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int releaseMine() {
    return em.createQuery("update Run r set r.adminNode = null where r.adminNode = :me and r.status = :status")
        .setParameter("me", node.id())
        .setParameter("status", RunStatus.SCHEDULED)
        .executeUpdate();
  }
}
