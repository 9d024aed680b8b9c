package io.tempora.admin.run.control;

import io.tempora.admin.group.entity.ExecutorTarget;
import io.tempora.admin.job.entity.BlockStrategy;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.job.entity.RouteStrategy;
import io.tempora.admin.run.entity.Run;
import java.time.Instant;

/** A stored run with everything needed to send it, so sending needs no database read. */
public record RunOrder(
    long runId,
    long jobId,
    Instant dueAt,
    String params,
    int shardIndex,
    int shardTotal,
    String handler,
    BlockStrategy blockStrategy,
    int timeoutSeconds,
    GlueType glueType,
    String glueSource,
    Instant glueUpdatedAt,
    RouteStrategy routeStrategy,
    ExecutorTarget target,
    String addressOverride) {

  public static RunOrder of(Run run, JobSnapshot job) {
    return new RunOrder(
        run.id(), job.id(), run.dueAt(), run.params(), run.shardIndex(), run.shardTotal(), job.handler(),
        job.blockStrategy(), job.timeoutSeconds(), job.glueType(), job.glueSource(), job.glueUpdatedAt(),
        job.routeStrategy(), job.target(), run.addressOverride());
  }

  /**
   * This order held until {@code sendAt} instead of its due time: late fires (catch-up, backfill) are
   * due in the past and would otherwise all be sent at once. The run keeps its due time.
   */
  public RunOrder sentAt(Instant sendAt) {
    return new RunOrder(runId, jobId, sendAt, params, shardIndex, shardTotal, handler, blockStrategy, timeoutSeconds,
        glueType, glueSource, glueUpdatedAt, routeStrategy, target, addressOverride);
  }
}
