package io.tempora.admin.job.entity;

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
    boolean enabled) {}
