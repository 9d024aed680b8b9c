package io.tempora.admin.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One heartbeat of the scheduler: claim due fires and orphaned runs, then hold them until due. */
@ApplicationScoped
public class ScheduleTick {

  @Inject ClaimDueJobs claimDueJobs;
  @Inject ReclaimOrphanedRuns reclaimOrphanedRuns;
  @Inject TimingWheel timingWheel;

  public void run() {
    timingWheel.hold(claimDueJobs.claim());
    timingWheel.hold(reclaimOrphanedRuns.reclaim());
  }
}
