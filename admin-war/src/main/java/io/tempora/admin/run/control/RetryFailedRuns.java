package io.tempora.admin.run.control;

import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.entity.Run;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stores the next attempt of runs that just failed, in the transaction that recorded the failure, so
 * a retry is never lost between the failure and its scheduling; dispatch gets them after the commit.
 */
@ApplicationScoped
public class RetryFailedRuns {

  @PersistenceContext EntityManager em;
  @Inject AdminNode node;
  @Inject Clock clock;
  @Inject JobTargets targets;
  @Inject RunPlanner planner;

  /** Runs first among the observers of an end: a retry is part of the run's own history. */
  public void retry(@Observes @Priority(RunsEnded.RETRY) RunsEnded ended) {
    List<Run> failed = ended.runs().stream().filter(Run::isRetryable).toList();
    if (failed.isEmpty()) {
      return;
    }
    Map<Long, JobSnapshot> jobs = targets.jobs(failed.stream().map(Run::jobId).distinct().toList());
    Instant now = clock.instant();
    List<Run> next = new ArrayList<>();
    for (Run run : failed) {
      JobSnapshot job = jobs.get(run.jobId());
      if (job == null || run.attempt() > job.retryCount()) {
        continue;
      }
      Instant due = now.plus(RetryBackoff.after(run.attempt()));
      Run attempt = run.retry(due, node.id(), due.plus(RunPlanner.LEASE_MARGIN), now);
      em.persist(attempt);
      next.add(attempt);
    }
    List<Run> orphans = new ArrayList<>();
    planner.announce(List.copyOf(targets.ordersFor(next, orphans).values()));
    orphans.forEach(orphan -> orphan.cancel("the job's executor group was deleted", now));
  }
}
