package io.tempora.admin.run.control;

import io.tempora.admin.job.control.ChildJobs;
import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fires a job's child jobs when one of its fires succeeds, in the transaction that recorded the
 * success, so a child run is never lost between the two. The child run is a PARENT run that names the
 * parent run: the run that succeeded, or for a SHARDING_BROADCAST fire its shard 0, once every shard has
 * succeeded (not once per shard). A disabled child job runs too, as in XXL-JOB: disabling stops a
 * job's schedule, not the runs other jobs or people ask for.
 */
@ApplicationScoped
public class ChildRuns {

  @PersistenceContext EntityManager em;
  @Inject ChildJobs childJobs;
  @Inject JobTargets targets;
  @Inject RunPlanner planner;
  @Inject Clock clock;

  void follow(@Observes @Priority(RunsEnded.FOLLOW_UP) RunsEnded ended) {
    Map<Long, Run> parents = succeededFires(ended.runs());
    if (parents.isEmpty()) {
      return;
    }
    Map<Long, List<Long>> children = childJobs.of(parents.values().stream().map(Run::jobId).distinct().toList());
    if (children.isEmpty()) {
      return;
    }
    Map<Long, JobSnapshot> jobs = targets.jobs(children.values().stream().flatMap(List::stream).distinct().toList());
    Instant now = clock.instant();
    List<RunOrder> orders = new ArrayList<>();
    for (Map.Entry<Long, Run> parent : parents.entrySet()) {
      for (long childJob : children.getOrDefault(parent.getValue().jobId(), List.of())) {
        JobSnapshot job = jobs.get(childJob);
        if (job == null) {
          continue; // deleted (or its group) since the link was read: nothing to run
        }
        for (RunOrder order : planner.plan(job, TriggerType.PARENT, now, job.params())) {
          em.find(Run.class, order.runId()).causedBy(parent.getKey());
          orders.add(order);
        }
      }
    }
    planner.announce(orders);
  }

  /**
   * The parent run of each fire that succeeded with these ends, by its id. A broadcast fire is judged
   * on its runs read with row locks: two transactions ending its last two shards wait for each other
   * and the later one sees the earlier's success, so exactly one of them finds the fire succeeded (if
   * the database calls that a deadlock, the callback is refused and the executor sends it again).
   */
  private Map<Long, Run> succeededFires(List<Run> ended) {
    Map<Long, Run> parents = new LinkedHashMap<>();
    for (Run run : ended) {
      if (run.status() != RunStatus.SUCCEEDED) {
        continue;
      }
      if (run.shardTotal() <= 1) {
        parents.put(run.id(), run);
      } else if (!parents.containsKey(run.fireId()) && broadcastSucceeded(run.fireId())) {
        parents.put(run.fireId(), run);
      }
    }
    return parents;
  }

  private boolean broadcastSucceeded(long fireId) {
    List<Run> runs = em.createQuery("select r from Run r where r.id = :fire or r.fireOf = :fire order by r.id", Run.class)
        .setParameter("fire", fireId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    return new Fire(fireId, runs).outcome() == Fire.Outcome.SUCCEEDED;
  }
}
