package io.tempora.admin.schedule.control;

import io.tempora.admin.dispatch.control.DispatchOrder;
import io.tempora.admin.dispatch.control.ExecutorTarget;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.control.RunPlanner;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sweeper: runs still SCHEDULED after their lease ended belong to a node that died (or stalled)
 * before dispatching them. They are re-claimed under a new lease and dispatched late, marked in the
 * run's node column; a run whose job is gone fails with that reason.
 */
@ApplicationScoped
public class ReclaimOrphanedRuns {

  static final int BATCH = 500;

  @PersistenceContext EntityManager em;
  @Inject AdminNode node;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<DispatchOrder> reclaim() {
    Instant now = clock.instant();
    List<Run> orphans =
        em.createQuery("select r from Run r where r.status = :status and r.leaseUntil < :now order by r.leaseUntil", Run.class)
            .setParameter("status", RunStatus.SCHEDULED)
            .setParameter("now", now)
            .setMaxResults(BATCH)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint(ClaimDueJobs.SKIP_LOCKED_HINT, ClaimDueJobs.SKIP_LOCKED)
            .getResultList();
    List<DispatchOrder> orders = new ArrayList<>();
    for (Run run : orphans) {
      Job job = em.find(Job.class, run.jobId());
      ExecutorGroup group = job == null ? null : em.find(ExecutorGroup.class, job.groupId());
      if (group == null) {
        run.dispatchFailed(null, "the job or its executor group was deleted before the run was dispatched", now);
        continue;
      }
      run.reclaim(node.id(), now.plus(RunPlanner.LEASE_MARGIN));
      orders.add(DispatchOrder.of(run, job, ExecutorTarget.of(group)));
    }
    return orders;
  }
}
