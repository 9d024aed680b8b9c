package io.tempora.admin.job.entity;

/** Which live executor of the group gets a run. */
public enum RouteStrategy {
  FIRST, LAST, ROUND, RANDOM
}
