package io.tempora.admin.run.control;

import io.tempora.admin.job.entity.JobWithdrawn;
import io.tempora.admin.run.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A disabled or deleted job's stored, unsent runs are cancelled with the reason once the job's change
 * committed (dispatch has dropped them from memory by then). In a transaction of its own, retried: under
 * load the run rows are busy with outcomes and callbacks, and a deadlock there must not fail the
 * user's disable.
 */
@ApplicationScoped
public class CancelUnsentRuns {

  static final int ATTEMPTS = 5;
  private static final Logger LOG = Logger.getLogger(CancelUnsentRuns.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CancelUnsentRuns self;

  void onWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobWithdrawn withdrawn) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        self.cancel(withdrawn);
        return;
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS) {
          LOG.log(Level.WARNING, "the unsent runs of job " + withdrawn.jobId() + " could not be cancelled; the"
              + " ones still stored are sent when due", e);
        }
      }
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void cancel(JobWithdrawn withdrawn) {
    // conditional on SCHEDULED in the statement itself: a run sent meanwhile keeps its DISPATCHED
    em.createQuery("update Run r set r.status = :cancelled, r.message = :reason, r.finishedAt = :now"
            + " where r.jobId = :job and r.status = :scheduled")
        .setParameter("cancelled", RunStatus.CANCELLED)
        .setParameter("reason", withdrawn.reason())
        .setParameter("now", clock.instant())
        .setParameter("job", withdrawn.jobId())
        .setParameter("scheduled", RunStatus.SCHEDULED)
        .executeUpdate();
  }
}
