package io.tempora.admin.job.entity;

import java.util.List;

/** Everything a user says about a job, already validated. */
public record JobDefinition(
    long groupId,
    String name,
    Schedule schedule,
    MisfirePolicy misfirePolicy,
    int catchUpLimit,
    RouteStrategy routeStrategy,
    BlockStrategy blockStrategy,
    String handler,
    String params,
    int timeoutSeconds,
    int retryCount,
    GlueType glueType,
    String glueSource,
    boolean enabled,
    Retention retention,
    List<Long> childJobIds) {

  public JobDefinition {
    retention = retention == null ? Retention.KEEP_ALL : retention;
    childJobIds = childJobIds == null ? List.of() : List.copyOf(childJobIds);
  }

  /** A job that keeps all its runs and has no child jobs. */
  public JobDefinition(long groupId, String name, Schedule schedule, MisfirePolicy misfirePolicy, int catchUpLimit,
      RouteStrategy routeStrategy, BlockStrategy blockStrategy, String handler, String params, int timeoutSeconds,
      int retryCount, GlueType glueType, String glueSource, boolean enabled) {
    this(groupId, name, schedule, misfirePolicy, catchUpLimit, routeStrategy, blockStrategy, handler, params,
        timeoutSeconds, retryCount, glueType, glueSource, enabled, Retention.KEEP_ALL, List.of());
  }

  /** The same job under another name, disabled, so that a copy does not fire beside its original. */
  public JobDefinition copiedAs(String newName) {
    return new JobDefinition(groupId, newName, schedule, misfirePolicy, catchUpLimit, routeStrategy, blockStrategy,
        handler, params, timeoutSeconds, retryCount, glueType, glueSource, false, retention, childJobIds);
  }
}
