package io.tempora.executor.run;

import io.tempora.protocol.RunState;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The runs this executor has accepted: every active one, plus the ids of the most recent finished
 * ones. An admin that retries a dispatch after a timeout sends the same id again, and it must not run
 * twice; an admin that lost track of a run asks here what became of it. Lock-free, because every
 * trigger passes here: an ended id enters the recent ones before it leaves the active ones, so a
 * concurrent claim of it always finds it in one of them.
 */
public final class RunLedger {

  static final int RECENT = 10_000;

  private final int recentCapacity;
  private final int activeCapacity;
  private final Map<Long, Run> active = new ConcurrentHashMap<>();
  private final Set<Long> recent = ConcurrentHashMap.newKeySet();
  private final Queue<Long> recentOrder = new ConcurrentLinkedQueue<>();

  /** @param activeCapacity how many runs may be queued or running at once before the executor is overloaded */
  public RunLedger(int recentCapacity, int activeCapacity) {
    this.recentCapacity = recentCapacity;
    this.activeCapacity = activeCapacity;
  }

  /** More runs are queued or running than the executor takes; a run claimed now must be refused. */
  public boolean overloaded() {
    return active.size() > activeCapacity;
  }

  public int active() {
    return active.size();
  }

  /** @return false if the id is already active or finished recently */
  public boolean claim(Run run) {
    if (recent.contains(run.logId()) || active.putIfAbsent(run.logId(), run) != null) {
      return false;
    }
    // it may have ended between the two looks; then it is recent now
    if (recent.contains(run.logId())) {
      active.remove(run.logId(), run);
      return false;
    }
    return true;
  }

  /** Forgets a claim whose run was refused after all, so the admin may send it again. */
  public void release(long logId) {
    active.remove(logId);
  }

  public void ended(long logId) {
    if (!active.containsKey(logId)) {
      return;
    }
    if (recent.add(logId)) {
      recentOrder.add(logId);
    }
    active.remove(logId);
    while (recent.size() > recentCapacity) {
      Long eldest = recentOrder.poll();
      if (eldest == null) {
        return;
      }
      recent.remove(eldest);
    }
  }

  /** QUEUED, RUNNING or ENDED for a run held here; UNKNOWN for one never taken or already forgotten. */
  public RunState.State state(long logId) {
    Run run = active.get(logId);
    if (run != null) {
      return run.state();
    }
    return recent.contains(logId) ? RunState.State.ENDED : RunState.State.UNKNOWN;
  }
}
