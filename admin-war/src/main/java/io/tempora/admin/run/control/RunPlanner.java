package io.tempora.admin.run.control;

import io.tempora.admin.dispatch.control.DispatchOrder;
import io.tempora.admin.dispatch.control.ExecutorTarget;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stores a run before it is fired (invariant: no fire exists only in memory) and returns what
 * dispatch needs. Runs in the caller's transaction.
 */
@ApplicationScoped
public class RunPlanner {

  /** How long after its due time a run stays claimed by the node that stored it. */
  public static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

  @PersistenceContext EntityManager em;
  @Inject AdminNode node;
  @Inject Clock clock;

  public DispatchOrder plan(Job job, ExecutorTarget target, TriggerType trigger, Instant dueAt, String params) {
    Run run = Run.scheduled(job.id(), trigger, dueAt, params, node.id(), dueAt.plus(LEASE_MARGIN), clock.instant());
    em.persist(run);
    return DispatchOrder.of(run, job, target);
  }

  public void recordMissed(Job job, Instant firstMissed, String reason) {
    em.persist(Run.missed(job.id(), firstMissed, reason, node.id(), clock.instant()));
  }
}
