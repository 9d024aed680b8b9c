package io.tempora.executor.run;

import io.tempora.handler.RunContext;
import io.tempora.handler.RunLog;

/** What the handler sees of the run it serves. */
record HandlerRunContext(Run run, RunLog log) implements RunContext {

  @Override
  public long runId() {
    return run.logId();
  }

  @Override
  public long jobId() {
    return run.jobId();
  }

  @Override
  public String params() {
    return run.params();
  }

  @Override
  public int shardIndex() {
    return run.shardIndex();
  }

  @Override
  public int shardTotal() {
    return run.shardTotal();
  }
}
