package io.tempora.admin.run.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a run and the moves allowed between states. A result may overtake the record of its
 * own dispatch (the executor can answer before the dispatch is written), hence SCHEDULED → final.
 */
public enum RunStatus {
  SCHEDULED,
  DISPATCHED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  KILLED,
  MISSED;

  private static final Set<RunStatus> RESULTS = EnumSet.of(SUCCEEDED, FAILED, TIMED_OUT, KILLED);

  public boolean isFinal() {
    return RESULTS.contains(this) || this == MISSED;
  }

  public boolean mayMoveTo(RunStatus next) {
    return switch (this) {
      case SCHEDULED -> next != SCHEDULED;
      case DISPATCHED -> next == RUNNING || RESULTS.contains(next);
      case RUNNING -> RESULTS.contains(next);
      case SUCCEEDED, FAILED, TIMED_OUT, KILLED, MISSED -> false;
    };
  }
}
