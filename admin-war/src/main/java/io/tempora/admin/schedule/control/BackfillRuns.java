package io.tempora.admin.schedule.control;

import io.tempora.admin.job.control.JobSnapshots;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.job.entity.ScheduleType;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.ResourceNotFound;
import io.tempora.admin.platform.StateConflict;
import io.tempora.admin.run.control.RunOrder;
import io.tempora.admin.run.control.RunPlanner;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stores a job's past fire times as BACKFILL runs, all in one transaction, each due at its original
 * time and sent spread out once it committed (see {@link SpreadLateFires}). Only the past: fires from now on are the
 * schedule's own.
 */
@ApplicationScoped
public class BackfillRuns {

  public static final int MAX_FIRES = 1000;

  @PersistenceContext EntityManager em;
  @Inject JobSnapshots snapshots;
  @Inject RunPlanner planner;
  @Inject Clock clock;
  @Inject Event<LateFires> lateFires;

  @Transactional
  public Backfilled store(long jobId, Instant from, Instant to) {
    Instant now = clock.instant();
    if (!from.isBefore(to)) {
      throw new InvalidField("to", "must be after from (" + from + ")");
    }
    if (to.isAfter(now)) {
      throw new InvalidField("to", "must not be in the future (it is " + now + "): fires from now on are the schedule's own");
    }
    Job job = backfillable(jobId);
    List<Instant> dues = BackfillFires.between(job.schedule(), from, to, MAX_FIRES);
    JobSnapshot snapshot = snapshots.of(Set.of(jobId)).get(jobId);
    List<List<RunOrder>> fires = new ArrayList<>(dues.size());
    for (Instant due : dues) {
      fires.add(planner.plan(snapshot, TriggerType.BACKFILL, due, job.params()));
    }
    lateFires.fire(new LateFires(fires));
    return new Backfilled(fires.stream().map(fire -> fire.get(0).runId()).toList(), dues);
  }

  private Job backfillable(long jobId) {
    Job job = em.find(Job.class, jobId);
    if (job == null) {
      throw new ResourceNotFound("job", jobId);
    }
    if (job.scheduleType() != ScheduleType.CRON && job.scheduleType() != ScheduleType.FIX_RATE) {
      throw new InvalidField("scheduleType", "job " + jobId + " is " + job.scheduleType()
          + "; only a CRON or FIX_RATE job has fire times to backfill");
    }
    if (!job.enabled()) {
      // held runs of a disabled job are cancelled before they are sent
      throw new StateConflict("job " + jobId + " is disabled; enable it to backfill it");
    }
    return job;
  }
}
