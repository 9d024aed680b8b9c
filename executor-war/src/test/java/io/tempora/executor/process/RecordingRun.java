package io.tempora.executor.process;

import io.tempora.handler.RunContext;
import io.tempora.handler.RunLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A run context whose log lines are kept in memory. */
public record RecordingRun(long runId, long jobId, String params, int shardIndex, int shardTotal, List<String> lines)
    implements RunContext, RunLog {

  public static RecordingRun of(String params) {
    return new RecordingRun(41, 7, params, 1, 3, new CopyOnWriteArrayList<>());
  }

  @Override
  public RunLog log() {
    return this;
  }

  @Override
  public void log(String message) {
    lines.add(message);
  }

  public String text() {
    return String.join("\n", lines);
  }
}
