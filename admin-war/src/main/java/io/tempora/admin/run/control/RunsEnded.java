package io.tempora.admin.run.control;

import io.tempora.admin.run.entity.Run;
import jakarta.enterprise.event.Event;
import java.util.List;

/**
 * Runs that just reached a final status. Fired synchronously inside the transaction that recorded
 * the ends, so what follows from an end (a retry, a child job's run, an alarm, a fixed-delay job's
 * next fire) commits or rolls back with it and is never lost between the two. Observers run in
 * priority order; an observer that needs its own transaction must not take one here.
 */
public record RunsEnded(List<Run> runs) {

  /** Observer priorities: retries first, then what depends on the run's final outcome. */
  public static final int RETRY = 100;
  public static final int FOLLOW_UP = 200;
  public static final int ALARM = 300;

  /** Fires the event unless nothing ended; the list is copied so observers see a stable batch. */
  public static void fire(Event<RunsEnded> event, List<Run> runs) {
    if (!runs.isEmpty()) {
      event.fire(new RunsEnded(List.copyOf(runs)));
    }
  }
}
