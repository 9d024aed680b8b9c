package io.tempora.executor.run;

import io.tempora.protocol.RunState;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The runs this executor has accepted: every active one, plus the ids of the most recent finished
 * ones. An admin that retries a dispatch after a timeout sends the same id again, and it must not run
 * twice; an admin that lost track of a run asks here what became of it.
 */
public final class RunLedger {

  static final int RECENT = 10_000;

  private final int recentCapacity;
  private final Map<Long, Run> active = new HashMap<>();
  private final Set<Long> recent = new LinkedHashSet<>();

  public RunLedger(int recentCapacity) {
    this.recentCapacity = recentCapacity;
  }

  /** @return false if the id is already active or finished recently */
  public synchronized boolean claim(Run run) {
    if (active.containsKey(run.logId()) || recent.contains(run.logId())) {
      return false;
    }
    active.put(run.logId(), run);
    return true;
  }

  /** Forgets a claim whose run was refused after all, so the admin may send it again. */
  public synchronized void release(long logId) {
    active.remove(logId);
  }

  public synchronized void ended(long logId) {
    if (active.remove(logId) != null) {
      recent.add(logId);
      if (recent.size() > recentCapacity) {
        Iterator<Long> eldest = recent.iterator();
        eldest.next();
        eldest.remove();
      }
    }
  }

  /** QUEUED, RUNNING or ENDED for a run held here; UNKNOWN for one never taken or already forgotten. */
  public synchronized RunState.State state(long logId) {
    Run run = active.get(logId);
    if (run != null) {
      return run.state();
    }
    return recent.contains(logId) ? RunState.State.ENDED : RunState.State.UNKNOWN;
  }
}
