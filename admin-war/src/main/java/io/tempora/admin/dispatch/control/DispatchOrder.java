package io.tempora.admin.dispatch.control;

import io.tempora.admin.job.entity.BlockStrategy;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.RouteStrategy;
import io.tempora.admin.run.entity.Run;
import io.tempora.protocol.TriggerRequest;
import java.time.Instant;

/** A stored run with everything needed to dispatch it, so dispatch needs no database read. */
public record DispatchOrder(
    long runId,
    long jobId,
    Instant dueAt,
    String params,
    String handler,
    BlockStrategy blockStrategy,
    int timeoutSeconds,
    GlueType glueType,
    String glueSource,
    Instant glueUpdatedAt,
    RouteStrategy routeStrategy,
    ExecutorTarget target) {

  public static DispatchOrder of(Run run, Job job, ExecutorTarget target) {
    return new DispatchOrder(
        run.id(), job.id(), run.dueAt(), run.params(), job.handler(), job.blockStrategy(), job.timeoutSeconds(),
        job.glueType(), job.glueSource(), job.glueUpdatedAt(), job.routeStrategy(), target);
  }

  TriggerRequest toTrigger(Instant firedAt) {
    return new TriggerRequest(
        jobId, handler, params, blockStrategy.name(), timeoutSeconds, runId, firedAt.toEpochMilli(),
        glueType.name(), glueSource, glueUpdatedAt.toEpochMilli(), 0, 1);
  }
}
