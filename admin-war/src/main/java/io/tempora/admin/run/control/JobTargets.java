package io.tempora.admin.run.control;

import io.tempora.admin.job.control.JobSnapshots;
import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.run.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Orders for stored runs, built from cached job snapshots. */
@ApplicationScoped
public class JobTargets {

  @Inject JobSnapshots snapshots;

  /** Orders for the runs whose job and group still exist; the others are added to {@code orphans}. */
  public Map<Long, RunOrder> ordersFor(Collection<Run> runs, Collection<Run> orphans) {
    Map<Long, JobSnapshot> jobs = snapshots.of(runs.stream().map(Run::jobId).distinct().toList());
    Map<Long, RunOrder> orders = new HashMap<>();
    for (Run run : runs) {
      JobSnapshot job = jobs.get(run.jobId());
      if (job == null) {
        orphans.add(run);
      } else {
        orders.put(run.id(), RunOrder.of(run, job));
      }
    }
    return orders;
  }

  public Map<Long, JobSnapshot> jobs(Collection<Long> ids) {
    return snapshots.of(ids);
  }
}
