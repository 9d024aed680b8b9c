package io.tempora.admin.alarm.entity;

import io.tempora.admin.run.entity.RunStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The run ends that can raise an alarm, named after the status the run ends in. */
public enum AlarmEvent {
  FAILED,
  TIMED_OUT,
  LOST,
  KILLED,
  MISSED;

  /** What a job alarms on when it does not say: everything but a kill, which someone asked for. */
  public static final Set<AlarmEvent> DEFAULTS = EnumSet.of(FAILED, TIMED_OUT, LOST, MISSED);

  public static Optional<AlarmEvent> of(RunStatus status) {
    return switch (status) {
      case FAILED -> Optional.of(FAILED);
      case TIMED_OUT -> Optional.of(TIMED_OUT);
      case LOST -> Optional.of(LOST);
      case KILLED -> Optional.of(KILLED);
      case MISSED -> Optional.of(MISSED);
      case SCHEDULED, DISPATCHED, RUNNING, SUCCEEDED, CANCELLED -> Optional.empty();
    };
  }
}
