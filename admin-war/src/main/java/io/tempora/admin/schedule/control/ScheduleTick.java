package io.tempora.admin.schedule.control;

import io.tempora.admin.cluster.control.NodeLease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One heartbeat of the scheduler: claim the due fires, store them as runs and hand them to dispatch
 * (after the commit). A node without a valid lease claims nothing: it could not send what it claims.
 */
@ApplicationScoped
public class ScheduleTick {

  @Inject ClaimDueJobs claimDueJobs;
  @Inject NodeLease lease;

  public void run() {
    if (!lease.valid()) {
      return;
    }
    while (claimDueJobs.claim() == ClaimDueJobs.BATCH && lease.valid()) {
      // a full batch means more jobs are due; claim on rather than wait a tick
    }
  }
}
