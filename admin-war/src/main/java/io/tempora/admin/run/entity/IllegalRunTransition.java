package io.tempora.admin.run.entity;

import io.tempora.admin.platform.StateConflict;

public class IllegalRunTransition extends StateConflict {

  public IllegalRunTransition(Long runId, RunStatus from, RunStatus to) {
    super("run " + runId + " cannot move from " + from + " to " + to);
  }
}
