package io.tempora.admin.run.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a run and the moves allowed between states. A result may overtake the record of its
 * own dispatch (the executor can answer before the dispatch is written), hence SCHEDULED → final.
 * DISPATCHED means sent and not refused: accepted, or sent without an answer in time, in which case
 * the executor's result or its run status settles it. LOST: the executor died or no longer knows the
 * run. CANCELLED: the job was disabled or deleted before the run was sent.
 */
public enum RunStatus {
  SCHEDULED,
  DISPATCHED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  KILLED,
  LOST,
  MISSED,
  CANCELLED;

  private static final Set<RunStatus> RESULTS = EnumSet.of(SUCCEEDED, FAILED, TIMED_OUT, KILLED, LOST);
  private static final Set<RunStatus> OUT_THERE = EnumSet.of(DISPATCHED, RUNNING);

  public boolean isFinal() {
    return RESULTS.contains(this) || this == MISSED || this == CANCELLED;
  }

  /** Sent to an executor and not yet ended. */
  public boolean isOutThere() {
    return OUT_THERE.contains(this);
  }

  public boolean mayMoveTo(RunStatus next) {
    return switch (this) {
      case SCHEDULED -> next != SCHEDULED;
      case DISPATCHED -> next == RUNNING || RESULTS.contains(next);
      case RUNNING -> RESULTS.contains(next);
      case SUCCEEDED, FAILED, TIMED_OUT, KILLED, LOST, MISSED, CANCELLED -> false;
    };
  }
}
