package io.tempora.admin.schedule.control;

import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.ScheduleType;
import io.tempora.admin.run.control.RunsEnded;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A FIX_DELAY job fires again its delay after the previous fire's run ended. The next fire time is set
 * here, in the transaction that records the end, so it is never lost between the two. A fire has ended
 * when none of its runs is unfinished: its shards and their retries count, so a failing run waits for
 * its last attempt (XXL-JOB counts the delay from the end of the run, retries included). Any final
 * status ends the wait — a run no executor took, one killed, one lost with its executor — so a job
 * whose run vanished resumes once the lost-run check ends that run LOST.
 */
@ApplicationScoped
public class ResumeFixedDelayJobs {

  /** Runs that can be the last of a fixed-delay fire: the fire's own, a late one in its place, or a retry. */
  private static final Set<TriggerType> MAY_END_A_FIRE = EnumSet.of(TriggerType.FIX_DELAY, TriggerType.MISFIRE, TriggerType.RETRY);
  /** Fires the schedule made; a manual run of the job, or its retries, leaves the schedule alone. */
  private static final Set<TriggerType> SCHEDULE_FIRES = EnumSet.of(TriggerType.FIX_DELAY, TriggerType.MISFIRE);
  private static final List<RunStatus> UNFINISHED = List.of(RunStatus.SCHEDULED, RunStatus.DISPATCHED, RunStatus.RUNNING);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  void resume(@Observes @Priority(RunsEnded.FOLLOW_UP) RunsEnded ended) {
    Map<Long, List<Run>> byJob = ended.runs().stream()
        .filter(run -> MAY_END_A_FIRE.contains(run.triggerType()))
        .collect(Collectors.groupingBy(Run::jobId));
    if (byJob.isEmpty()) {
      return;
    }
    // the job row is the fire's lock: when two shards end in concurrent transactions, the second to get
    // it sees the first one's end (read committed) instead of both seeing the other unfinished
    List<Job> jobs = em.createQuery("select j from Job j where j.id in :ids and j.scheduleType = :delay order by j.id", Job.class)
        .setParameter("ids", byJob.keySet())
        .setParameter("delay", ScheduleType.FIX_DELAY)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    Instant now = clock.instant();
    for (Job job : jobs) {
      for (Run run : byJob.get(job.id())) {
        if (waitsForFire(job) && firedBySchedule(run) && !unfinished(run.fireId())) {
          Instant finished = run.finishedAt() == null ? now : run.finishedAt();
          // a result that reached us late does not make the next fire a misfire
          Instant next = job.schedule().nextFireAfter(finished).filter(at -> at.isAfter(now)).orElse(now);
          job.advanceTo(next);
        }
      }
    }
  }

  /** Enabled, and no next fire set: a disabled job starts afresh when enabled, an edited one from its edit. */
  private static boolean waitsForFire(Job job) {
    return job.enabled() && job.nextFireAt() == null;
  }

  /** A fire whose first run is gone (history retention) counts as the schedule's: better resume than wait for ever. */
  private boolean firedBySchedule(Run run) {
    Run first = run.fireOf() == null ? run : em.find(Run.class, run.fireOf());
    return first == null || SCHEDULE_FIRES.contains(first.triggerType());
  }

  private boolean unfinished(long fireId) {
    return em.createQuery("select count(r) from Run r where (r.id = :fire or r.fireOf = :fire) and r.status in :unfinished",
            Long.class)
        .setParameter("fire", fireId)
        .setParameter("unfinished", UNFINISHED)
        .getSingleResult() > 0;
  }
}
