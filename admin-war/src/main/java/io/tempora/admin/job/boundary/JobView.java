package io.tempora.admin.job.boundary;

import io.tempora.admin.job.entity.BlockStrategy;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.MisfirePolicy;
import io.tempora.admin.job.entity.RouteStrategy;
import io.tempora.admin.job.entity.ScheduleType;
import java.time.Instant;
import java.util.List;

public record JobView(
    long id,
    long groupId,
    String name,
    ScheduleType scheduleType,
    String scheduleExpression,
    String timeZone,
    String handler,
    String params,
    RouteStrategy routeStrategy,
    BlockStrategy blockStrategy,
    int timeoutSeconds,
    int retryCount,
    MisfirePolicy misfirePolicy,
    int catchUpLimit,
    GlueType glueType,
    String glueSource,
    boolean enabled,
    Instant nextFireAt,
    long version,
    Instant createdAt,
    Instant updatedAt,
    List<Long> childJobIds,
    Integer retentionDays,
    Integer retentionCount) {

  static JobView of(Job job, List<Long> childJobIds) {
    return new JobView(
        job.id(), job.groupId(), job.name(), job.scheduleType(), job.scheduleExpression(), job.timeZone(),
        job.handler(), job.params(), job.routeStrategy(), job.blockStrategy(), job.timeoutSeconds(),
        job.retryCount(), job.misfirePolicy(), job.catchUpLimit(), job.glueType(), job.glueSource(), job.enabled(),
        job.nextFireAt(), job.version(), job.createdAt(), job.updatedAt(), childJobIds, job.retention().days(),
        job.retention().count());
  }
}
