package io.tempora.admin.schedule.control;

import io.tempora.admin.job.entity.MisfirePolicy;
import io.tempora.admin.job.entity.Schedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fires of one job that fall in a claim window, with the misfire policy applied to those already
 * too late. Plain logic: the transaction around it belongs to {@link ClaimDueJobs}.
 *
 * @param fires due times to store as runs, in order
 * @param catchUp missed due times to fire late, each as a run of its own (CATCH_UP), in order
 * @param missedFrom the first fire that was too late and is not fired, or null
 * @param missedBefore fires from {@code missedFrom} up to (excluding) this instant are not fired
 * @param fireNowForMissed whether one run fires now in place of the missed ones
 * @param next the job's next fire time after the window; empty when the schedule ends, or when a
 *     fixed-delay job waits for the run of the fire stored now
 */
public record FirePlan(List<Instant> fires, List<Instant> catchUp, Instant missedFrom, Instant missedBefore,
    boolean fireNowForMissed, Optional<Instant> next) {

  /** More fires than this per job and tick wait for the next tick. */
  static final int MAX_FIRES_PER_JOB = 1000;

  public static FirePlan of(Schedule schedule, Instant nextFire, MisfireRule misfire, Instant now, Instant horizon) {
    Instant tooLate = now.minus(misfire.threshold());
    Instant missedFrom = null;
    List<Instant> catchUp = List.of();
    Optional<Instant> next = Optional.of(nextFire);
    if (nextFire.isBefore(tooLate)) {
      missedFrom = nextFire;
      if (misfire.policy() == MisfirePolicy.CATCH_UP) {
        // a fixed delay owes one fire however long the gap: the next waits for its run
        int limit = schedule.waitsForRun() ? 1 : misfire.catchUpLimit();
        catchUp = new ArrayList<>();
        Optional<Instant> missed = Optional.of(nextFire);
        while (missed.isPresent() && missed.get().isBefore(tooLate) && catchUp.size() < limit) {
          catchUp.add(missed.get());
          missed = schedule.nextFireAfter(missed.get());
        }
        missedFrom = schedule.waitsForRun() ? null : missed.filter(at -> at.isBefore(tooLate)).orElse(null);
      }
      // jump over the whole gap at once: after a long outage there may be millions of missed fires
      next = schedule.nextFireAfter(tooLate.minusMillis(1));
    }
    boolean fireNow = missedFrom != null && misfire.policy() == MisfirePolicy.FIRE_ONCE_NOW;
    boolean firedLate = fireNow || !catchUp.isEmpty();
    int room = !schedule.waitsForRun() ? MAX_FIRES_PER_JOB : firedLate ? 0 : 1;
    List<Instant> fires = new ArrayList<>();
    while (next.isPresent() && next.get().isBefore(horizon) && fires.size() < room) {
      fires.add(next.get());
      next = schedule.nextFireAfter(next.get());
    }
    if (schedule.waitsForRun() && (firedLate || !fires.isEmpty())) {
      next = Optional.empty();
    }
    return new FirePlan(List.copyOf(fires), List.copyOf(catchUp), missedFrom, missedFrom == null ? null : tooLate, fireNow, next);
  }

  public boolean missedAny() {
    return missedFrom != null;
  }
}
