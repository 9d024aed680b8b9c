package io.tempora.admin.run.boundary;

import io.tempora.admin.run.control.KillRun.Killing;
import java.util.List;

/** The answer to a kill: which runs the executor was asked to end; each becomes KILLED when its result comes. */
public record KillView(long runId, long jobId, String executorAddress, List<Long> runIds, String executorMessage) {

  static KillView of(long runId, Killing killing) {
    return new KillView(runId, killing.order().jobId(), killing.order().executorAddress(), killing.order().runIds(),
        killing.executorMessage());
  }
}
