package io.tempora.admin.job.entity;

/**
 * Which live executor of the group gets a run. FAILOVER asks each in turn whether it is alive
 * ({@code /beat}), BUSYOVER whether it is idle for the job ({@code /idleBeat}), and takes the first
 * that says yes. SHARDING_BROADCAST makes each fire one run per live executor, shard i going to the
 * i-th.
 */
public enum RouteStrategy {
  FIRST, LAST, ROUND, RANDOM, CONSISTENT_HASH, LEAST_FREQUENTLY_USED, LEAST_RECENTLY_USED, FAILOVER, BUSYOVER,
  SHARDING_BROADCAST
}
