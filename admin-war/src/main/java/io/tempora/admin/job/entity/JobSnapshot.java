package io.tempora.admin.job.entity;

import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.group.entity.ExecutorTarget;
import java.time.Instant;

/** What a run needs of its job and executor group, copied out of the database so it can be cached and sent. */
public record JobSnapshot(
    long id,
    long groupId,
    String params,
    String handler,
    BlockStrategy blockStrategy,
    int timeoutSeconds,
    int retryCount,
    GlueType glueType,
    String glueSource,
    Instant glueUpdatedAt,
    RouteStrategy routeStrategy,
    ExecutorTarget target) {

  public static JobSnapshot of(Job job, ExecutorGroup group) {
    return new JobSnapshot(job.id(), job.groupId(), job.params(), job.handler(), job.blockStrategy(), job.timeoutSeconds(),
        job.retryCount(), job.glueType(), job.glueSource(), job.glueUpdatedAt(), job.routeStrategy(), ExecutorTarget.of(group));
  }
}
