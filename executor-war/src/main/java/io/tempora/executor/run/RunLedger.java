package io.tempora.executor.run;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The run ids this executor has accepted: every active one, plus the most recent finished ones. An
 * admin that retries a dispatch after a timeout sends the same id again, and it must not run twice.
 */
public final class RunLedger {

  static final int RECENT = 10_000;

  private final int recentCapacity;
  private final Set<Long> active = new HashSet<>();
  private final Set<Long> recent = new LinkedHashSet<>();

  public RunLedger(int recentCapacity) {
    this.recentCapacity = recentCapacity;
  }

  /** @return false if the id is already active or finished recently */
  public synchronized boolean claim(long logId) {
    if (active.contains(logId) || recent.contains(logId)) {
      return false;
    }
    active.add(logId);
    return true;
  }

  /** Forgets a claim whose run was refused after all, so the admin may send it again. */
  public synchronized void release(long logId) {
    active.remove(logId);
  }

  public synchronized void ended(long logId) {
    if (active.remove(logId)) {
      recent.add(logId);
      if (recent.size() > recentCapacity) {
        Iterator<Long> eldest = recent.iterator();
        eldest.next();
        eldest.remove();
      }
    }
  }
}
