package io.tempora.admin.run.control;

import io.tempora.admin.group.control.ExecutorAddresses;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.job.entity.RouteStrategy;
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
import java.util.ArrayList;
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
  @Inject Event<RunsEnded> ended;
  @Inject ExecutorAddresses addresses;

  /**
   * One run per fire, or for a SHARDING_BROADCAST job one per executor that can take it (shard i of
   * n for the i-th), all linked to the fire's shard 0.
   */
  public List<RunOrder> plan(JobSnapshot job, TriggerType trigger, Instant dueAt, String params) {
    return plan(job, trigger, dueAt, params, null);
  }

  /** As {@link #plan(JobSnapshot, TriggerType, Instant, String)}; a named executor gets one run, whatever the routing. */
  public List<RunOrder> plan(JobSnapshot job, TriggerType trigger, Instant dueAt, String params, String addressOverride) {
    if (addressOverride != null) {
      Run run = Run.scheduled(job.id(), trigger, dueAt, params, node.id(), dueAt.plus(LEASE_MARGIN), clock.instant())
          .sentTo(addressOverride);
      em.persist(run);
      return List.of(RunOrder.of(run, job));
    }
    int total = job.routeStrategy() == RouteStrategy.SHARDING_BROADCAST
        ? Math.max(1, addresses.able(job.target(), job.glueType() == GlueType.BEAN ? job.handler() : null).size())
        : 1;
    Run first = Run.scheduled(job.id(), trigger, dueAt, params, node.id(), dueAt.plus(LEASE_MARGIN), clock.instant())
        .asShard(0, total, null);
    em.persist(first);
    List<RunOrder> orders = new ArrayList<>(total);
    orders.add(RunOrder.of(first, job));
    for (int index = 1; index < total; index++) {
      Run shard = Run.scheduled(job.id(), trigger, dueAt, params, node.id(), dueAt.plus(LEASE_MARGIN), clock.instant())
          .asShard(index, total, first);
      em.persist(shard);
      orders.add(RunOrder.of(shard, job));
    }
    return orders;
  }

  /** A missed run is born final: what follows an end (its alarm) follows it too. */
  public void recordMissed(Job job, Instant firstMissed, String reason) {
    Run missed = Run.missed(job.id(), firstMissed, reason, node.id(), clock.instant());
    em.persist(missed);
    RunsEnded.fire(ended, List.of(missed));
  }

  /**
   * Hands the orders to dispatch once the current transaction has committed. Several callers may
   * announce in one transaction (a run's end stores its retry and its child runs): each announcement
   * carries only its own orders, so none is sent twice.
   */
  public void announce(List<RunOrder> orders) {
    if (!orders.isEmpty()) {
      stored.fire(new RunsStored(List.copyOf(orders)));
    }
  }
}
