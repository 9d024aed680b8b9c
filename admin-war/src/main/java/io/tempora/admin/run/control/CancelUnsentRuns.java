package io.tempora.admin.run.control;

import io.tempora.admin.job.entity.JobWithdrawn;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * A disabled or deleted job's stored, unsent runs are cancelled in the transaction that withdrew the
 * job, with the reason; after the commit, dispatch drops them from memory.
 */
@ApplicationScoped
public class CancelUnsentRuns {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  void onWithdrawn(@Observes JobWithdrawn withdrawn) {
    var now = clock.instant();
    em.createQuery("select r from Run r where r.jobId = :job and r.status = :status", Run.class)
        .setParameter("job", withdrawn.jobId())
        .setParameter("status", RunStatus.SCHEDULED)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(run -> run.cancel(withdrawn.reason(), now));
  }
}
