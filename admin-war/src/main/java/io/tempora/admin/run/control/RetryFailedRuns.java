package io.tempora.admin.run.control;

import io.tempora.admin.dispatch.control.DispatchOrder;
import io.tempora.admin.dispatch.control.ExecutorTarget;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores the next attempt of runs that just failed, in the transaction that recorded the failure, so
 * a retry is never lost between the failure and its scheduling. The caller holds the returned orders
 * until the transaction commits.
 */
@ApplicationScoped
public class RetryFailedRuns {

  @PersistenceContext EntityManager em;
  @Inject AdminNode node;
  @Inject Clock clock;

  public List<DispatchOrder> retry(Collection<Run> justEnded) {
    List<Run> failed = justEnded.stream().filter(Run::isRetryable).toList();
    if (failed.isEmpty()) {
      return List.of();
    }
    Map<Long, Job> jobs = byId(Job.class, failed.stream().map(Run::jobId).distinct().toList(), Job::id);
    Map<Long, ExecutorGroup> groups =
        byId(ExecutorGroup.class, jobs.values().stream().map(Job::groupId).distinct().toList(), ExecutorGroup::id);
    Instant now = clock.instant();
    List<DispatchOrder> orders = new ArrayList<>();
    for (Run run : failed) {
      Job job = jobs.get(run.jobId());
      if (job == null || run.attempt() > job.retryCount() || !groups.containsKey(job.groupId())) {
        continue;
      }
      Instant due = now.plus(RetryBackoff.after(run.attempt()));
      Run next = run.retry(due, node.id(), due.plus(RunPlanner.LEASE_MARGIN), now);
      em.persist(next);
      orders.add(DispatchOrder.of(next, job, ExecutorTarget.of(groups.get(job.groupId()))));
    }
    return orders;
  }

  private <T> Map<Long, T> byId(Class<T> type, List<Long> ids, Function<T, Long> id) {
    return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(id, Function.identity()));
  }
}
