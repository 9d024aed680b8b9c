package io.tempora.admin.schedule.control;

import io.tempora.admin.job.entity.MisfirePolicy;
import io.tempora.admin.job.entity.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fires of one job that fall in a claim window, with the misfire policy applied to those already
 * too late. Plain logic: the transaction around it belongs to {@link ClaimDueJobs}.
 *
 * @param fires due times to store as runs, in order
 * @param missedFrom the first fire that was too late, or null
 * @param missedBefore fires from {@code missedFrom} up to (excluding) this instant were too late
 * @param fireNowForMissed whether one run fires now in place of the missed ones
 * @param next the job's next fire time after the window; empty when the schedule ends
 */
public record FirePlan(
    List<Instant> fires, Instant missedFrom, Instant missedBefore, boolean fireNowForMissed, Optional<Instant> next) {

  /** More fires than this per job and tick wait for the next tick. */
  static final int MAX_FIRES_PER_JOB = 1000;

  public static FirePlan of(Schedule schedule, Instant nextFire, MisfirePolicy policy, Instant now, Instant horizon,
      Duration misfireThreshold) {
    Instant tooLate = now.minus(misfireThreshold);
    Instant missedFrom = null;
    Instant missedBefore = null;
    Optional<Instant> next = Optional.of(nextFire);
    if (nextFire.isBefore(tooLate)) {
      missedFrom = nextFire;
      missedBefore = tooLate;
      // jump over the whole gap at once: after a long outage there may be millions of missed fires
      next = schedule.nextFireAfter(tooLate.minusMillis(1));
    }
    List<Instant> fires = new ArrayList<>();
    while (next.isPresent() && next.get().isBefore(horizon) && fires.size() < MAX_FIRES_PER_JOB) {
      fires.add(next.get());
      next = schedule.nextFireAfter(next.get());
    }
    boolean fireNow = missedFrom != null && policy == MisfirePolicy.FIRE_ONCE_NOW;
    return new FirePlan(List.copyOf(fires), missedFrom, missedBefore, fireNow, next);
  }

  public boolean missedAny() {
    return missedFrom != null;
  }
}
