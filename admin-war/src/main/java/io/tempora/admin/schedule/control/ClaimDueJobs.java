package io.tempora.admin.schedule.control;

import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.job.control.JobSnapshots;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.job.entity.ScheduleType;
import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.run.control.RunLocks;
import io.tempora.admin.run.control.RunOrder;
import io.tempora.admin.run.control.RunPlanner;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One claim: in a single transaction, lock the due jobs no other node holds (SKIP LOCKED), store
 * their fires as runs and advance their next fire time. Either all of it commits or none of it
 * does, so a fire is never both lost and advanced past, nor stored twice.
 */
@ApplicationScoped
public class ClaimDueJobs {

  /** Jobs claimed per tick; the rest are claimed by the next tick or another node. */
  static final int BATCH = 500;

  @PersistenceContext EntityManager em;
  @Inject RunPlanner planner;
  @Inject JobSnapshots snapshots;
  @Inject AdminConfig config;
  @Inject Clock clock;
  @Inject Event<LateFires> lateFires;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int claim() {
    Instant now = clock.instant();
    List<Job> due =
        em.createQuery("select j from Job j where j.enabled = true and j.nextFireAt < :horizon order by j.nextFireAt", Job.class)
            .setParameter("horizon", now.plus(config.lookahead()))
            .setMaxResults(BATCH)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint(RunLocks.SKIP_LOCKED_HINT, RunLocks.SKIP_LOCKED)
            .getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    Map<Long, ExecutorGroup> groups = groupsOf(due);
    List<RunOrder> orders = new ArrayList<>();
    List<List<RunOrder>> late = new ArrayList<>();
    for (Job job : due) {
      MisfireRule misfire = new MisfireRule(job.misfirePolicy(), job.catchUpLimit(), config.misfireThreshold());
      FirePlan plan = FirePlan.of(job.schedule(), job.nextFireAt(), misfire, now, now.plus(config.lookahead()));
      JobSnapshot snapshot = snapshots.of(job, groups.get(job.groupId()));
      orders.addAll(store(job, snapshot, plan, now));
      for (Instant missed : plan.catchUp()) {
        late.add(planner.plan(snapshot, TriggerType.MISFIRE, missed, job.params()));
      }
      job.advanceTo(plan.next().orElse(null));
    }
    planner.announce(orders);
    if (!late.isEmpty()) {
      lateFires.fire(new LateFires(late));
    }
    return due.size();
  }

  private List<RunOrder> store(Job job, JobSnapshot snapshot, FirePlan plan, Instant now) {
    List<RunOrder> orders = new ArrayList<>(plan.fires().size() + 1);
    if (plan.missedAny()) {
      planner.recordMissed(job, plan.missedFrom(), missedReason(job, plan, now));
      if (plan.fireNowForMissed()) {
        orders.addAll(planner.plan(snapshot, TriggerType.MISFIRE, now, job.params()));
      }
    }
    TriggerType trigger = triggerOf(job.scheduleType());
    for (Instant dueAt : plan.fires()) {
      orders.addAll(planner.plan(snapshot, trigger, dueAt, job.params()));
    }
    return orders;
  }

  private String missedReason(Job job, FirePlan plan, Instant now) {
    String caughtUp = plan.catchUp().isEmpty() ? "" : "; the " + plan.catchUp().size() + " fires before them (from "
        + plan.catchUp().get(0) + ") fire late, the job's catch-up limit";
    return "fires due from " + plan.missedFrom() + " to " + plan.missedBefore() + " were not claimed until "
        + now + ", more than the misfire threshold of " + config.misfireThreshold().toMillis()
        + " ms late (no admin node could reach the database, or none was running); misfire policy " + job.misfirePolicy()
        + caughtUp;
  }

  private static TriggerType triggerOf(ScheduleType type) {
    return switch (type) {
      case FIX_RATE -> TriggerType.FIX_RATE;
      case FIX_DELAY -> TriggerType.FIX_DELAY;
      case CRON, NONE -> TriggerType.CRON;
    };
  }

  private Map<Long, ExecutorGroup> groupsOf(List<Job> jobs) {
    List<Long> groupIds = jobs.stream().map(Job::groupId).distinct().toList();
    return em.createQuery("select g from ExecutorGroup g where g.id in :ids", ExecutorGroup.class)
        .setParameter("ids", groupIds)
        .getResultStream()
        .collect(Collectors.toMap(ExecutorGroup::id, Function.identity()));
  }
}
