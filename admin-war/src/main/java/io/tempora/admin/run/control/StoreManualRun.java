package io.tempora.admin.run.control;

import io.tempora.admin.dispatch.control.DispatchOrder;
import io.tempora.admin.dispatch.control.ExecutorTarget;
import io.tempora.admin.group.control.ExecutorGroups;
import io.tempora.admin.job.control.Jobs;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

@ApplicationScoped
public class StoreManualRun {

  @Inject Jobs jobs;
  @Inject ExecutorGroups groups;
  @Inject RunPlanner planner;
  @Inject Clock clock;

  @Transactional
  public DispatchOrder store(long jobId, String paramsOverride) {
    Job job = jobs.get(jobId);
    ExecutorTarget target = ExecutorTarget.of(groups.get(job.groupId()));
    String params = paramsOverride == null ? job.params() : paramsOverride;
    return planner.plan(job, target, TriggerType.MANUAL, clock.instant(), params);
  }
}
