package io.tempora.admin.run.control;

import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs claimed by a node that died (or that handed them back when it stopped) and not yet sent: this
 * node claims them (rows locked with SKIP LOCKED, so two survivors split them instead of both taking
 * them) and holds them for sending. A run whose job or group is gone is cancelled instead.
 */
@ApplicationScoped
public class TakeOverRuns {

  static final int BATCH = 5000;

  @PersistenceContext EntityManager em;
  @Inject AdminNode node;
  @Inject JobTargets targets;
  @Inject RunPlanner planner;
  @Inject Clock clock;

  /** Takes the SCHEDULED runs of {@code deadNodes} and those handed back; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int from(Collection<String> deadNodes) {
    List<Run> runs = query(deadNodes)
        .setParameter("status", RunStatus.SCHEDULED)
        .setMaxResults(BATCH)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(RunLocks.SKIP_LOCKED_HINT, RunLocks.SKIP_LOCKED)
        .getResultList();
    if (runs.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    List<Run> orphans = new ArrayList<>();
    var orders = targets.ordersFor(runs, orphans);
    for (Run run : runs) {
      if (orders.containsKey(run.id())) {
        run.takeOver(node.id(), now.plus(RunPlanner.LEASE_MARGIN));
      }
    }
    orphans.forEach(orphan -> orphan.cancel("the job or its executor group was deleted before the run was sent", now));
    planner.announce(List.copyOf(orders.values()));
    return runs.size();
  }

  private TypedQuery<Run> query(Collection<String> deadNodes) {
    if (deadNodes.isEmpty()) {
      return em.createQuery("select r from Run r where r.status = :status and r.adminNode is null order by r.dueAt", Run.class);
    }
    return em.createQuery(
            "select r from Run r where r.status = :status and (r.adminNode is null or r.adminNode in :dead) order by r.dueAt",
            Run.class)
        .setParameter("dead", deadNodes);
  }
}
