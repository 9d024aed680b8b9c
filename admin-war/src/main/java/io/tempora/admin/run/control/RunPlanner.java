package io.tempora.admin.run.control;

import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Stores runs before they are fired (invariant: no fire exists only in memory), claimed by this node,
 * and announces them to dispatch, which takes them once the caller's transaction commits.
 */
@ApplicationScoped
public class RunPlanner {

  /** How long after its due time a run is expected to have been sent; informative since node leases. */
  public static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

  @PersistenceContext EntityManager em;
  @Inject AdminNode node;
  @Inject Clock clock;
  @Inject Event<RunsStored> stored;

  public RunOrder plan(JobSnapshot job, TriggerType trigger, Instant dueAt, String params) {
    Run run = Run.scheduled(job.id(), trigger, dueAt, params, node.id(), dueAt.plus(LEASE_MARGIN), clock.instant());
    em.persist(run);
    return RunOrder.of(run, job);
  }

  public void recordMissed(Job job, Instant firstMissed, String reason) {
    em.persist(Run.missed(job.id(), firstMissed, reason, node.id(), clock.instant()));
  }

  /** Hands the orders to dispatch once the current transaction has committed; call once per transaction. */
  public void announce(List<RunOrder> orders) {
    if (!orders.isEmpty()) {
      stored.fire(new RunsStored(List.copyOf(orders)));
    }
  }
}
