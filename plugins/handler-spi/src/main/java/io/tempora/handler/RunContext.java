package io.tempora.handler;

/** What a handler knows about the run it serves. */
public interface RunContext {

  long runId();

  long jobId();

  /** The job's parameters, or the override given when it was triggered; empty, never null. */
  String params();

  /** This run's shard, 0-based; 0 unless the job is broadcast to several executors. */
  int shardIndex();

  /** How many shards the fire was split into; 1 unless broadcast. */
  int shardTotal();

  /** The run's own log, readable from the console while the run goes on. */
  RunLog log();
}
