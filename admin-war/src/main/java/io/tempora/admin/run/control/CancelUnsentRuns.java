package io.tempora.admin.run.control;

import io.tempora.admin.run.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Records runs that dispatch dropped unsent, because their job was disabled or deleted, as CANCELLED
 * with the reason. Only the runs dispatch itself dropped are cancelled: a run another node is sending
 * at this moment keeps the status its dispatch gives it, so history never says "cancelled" of a run
 * that ran.
 */
@ApplicationScoped
public class CancelUnsentRuns {

  static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int cancel(Collection<Long> runIds, String reason) {
    List<Long> ids = List.copyOf(runIds);
    int cancelled = 0;
    for (int from = 0; from < ids.size(); from += CHUNK) {
      // conditional on SCHEDULED in the statement itself: a run whose outcome was written meanwhile keeps it
      cancelled += em.createQuery("update Run r set r.status = :cancelled, r.message = :reason, r.finishedAt = :now"
              + " where r.id in :ids and r.status = :scheduled")
          .setParameter("cancelled", RunStatus.CANCELLED)
          .setParameter("reason", reason)
          .setParameter("now", clock.instant())
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .setParameter("scheduled", RunStatus.SCHEDULED)
          .executeUpdate();
    }
    return cancelled;
  }
}
