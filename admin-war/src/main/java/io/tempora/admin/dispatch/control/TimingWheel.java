package io.tempora.admin.dispatch.control;

import io.tempora.admin.cluster.NodeFenced;
import io.tempora.admin.cluster.NodeLeaving;
import io.tempora.admin.cluster.control.NodeLease;
import io.tempora.admin.run.control.RunOrder;
import io.tempora.admin.run.control.RunsStored;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds stored runs in memory until they are due, then hands everything due in the same millisecond
 * to dispatch at once, from one thread: no task or thread per run. Losing this memory loses no fire:
 * the runs are stored, and a live node takes over the unsent runs of a dead one.
 */
@ApplicationScoped
public class TimingWheel {

  /** How long the wheel sleeps at most, so it notices a lease regained or lost. */
  static final long MAX_SLEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final Logger LOG = Logger.getLogger(TimingWheel.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject DispatchRun dispatch;
  @Inject NodeLease lease;
  @Inject Clock clock;

  private final TreeMap<Long, List<RunOrder>> byDueMillis = new TreeMap<>();
  private final Set<Long> held = new HashSet<>();
  private volatile boolean open = true;
  private Thread ticker;

  void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object start) {}

  @PostConstruct
  void start() {
    ticker = threads.newThread(this::turn);
    ticker.setName("tempora-timing-wheel");
    ticker.start();
  }

  @PreDestroy
  void stop() {
    open = false;
    LockSupport.unpark(ticker);
  }

  /** Runs are held only once their transaction committed: the database has them before anyone sends them. */
  void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunsStored stored) {
    hold(stored.orders());
  }

  /** Drops the held runs of these jobs and returns their ids: runs that are now certain never to be sent. */
  public synchronized List<Long> drop(Set<Long> jobIds) {
    List<Long> dropped = new ArrayList<>();
    byDueMillis.values().forEach(orders -> orders.removeIf(order -> {
      boolean drop = jobIds.contains(order.jobId());
      if (drop) {
        held.remove(order.runId());
        dropped.add(order.runId());
      }
      return drop;
    }));
    byDueMillis.values().removeIf(List::isEmpty);
    return dropped;
  }

  /** The jobs of the runs held now. */
  public synchronized Set<Long> heldJobs() {
    Set<Long> jobs = new HashSet<>();
    byDueMillis.values().forEach(orders -> orders.forEach(order -> jobs.add(order.jobId())));
    return jobs;
  }

  void onFenced(@Observes NodeFenced fenced) {
    int dropped = forgetAll();
    if (dropped > 0) {
      LOG.warning(() -> "this node was declared dead by another; " + dropped + " held runs are dropped (the other node sends them)");
    }
  }

  void onLeaving(@Observes NodeLeaving leaving) {
    open = false;
    forgetAll();
  }

  public void hold(List<RunOrder> orders) {
    if (!open || orders.isEmpty()) {
      return;
    }
    boolean earlier;
    synchronized (this) {
      Long firstBefore = byDueMillis.isEmpty() ? null : byDueMillis.firstKey();
      for (RunOrder order : orders) {
        if (held.add(order.runId())) {
          byDueMillis.computeIfAbsent(order.dueAt().toEpochMilli(), due -> new ArrayList<>()).add(order);
        }
      }
      earlier = firstBefore == null || (!byDueMillis.isEmpty() && byDueMillis.firstKey() < firstBefore);
    }
    if (earlier) {
      LockSupport.unpark(ticker);
    }
  }

  public synchronized int size() {
    return held.size();
  }

  private synchronized int forgetAll() {
    int dropped = held.size();
    byDueMillis.clear();
    held.clear();
    return dropped;
  }

  private void turn() {
    while (open) {
      try {
        if (!lease.valid()) {
          LockSupport.parkNanos(this, MAX_SLEEP_NANOS);
          continue;
        }
        List<RunOrder> due = takeDue(clock.millis());
        if (!due.isEmpty()) {
          dispatch.dispatch(due);
        }
        LockSupport.parkNanos(this, sleepNanos());
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "the timing wheel failed a turn; it turns on", e);
      }
    }
  }

  private synchronized List<RunOrder> takeDue(long nowMillis) {
    List<RunOrder> due = new ArrayList<>();
    while (!byDueMillis.isEmpty() && byDueMillis.firstKey() <= nowMillis) {
      for (RunOrder order : byDueMillis.pollFirstEntry().getValue()) {
        held.remove(order.runId());
        due.add(order);
      }
    }
    return due;
  }

  /**
   * Until the next due millisecond begins: a run is never sent before its due time, and wakes at most
   * a fraction of a millisecond after it.
   */
  private synchronized long sleepNanos() {
    if (byDueMillis.isEmpty()) {
      return MAX_SLEEP_NANOS;
    }
    long nanos = Duration.between(clock.instant(), Instant.ofEpochMilli(byDueMillis.firstKey())).toNanos();
    return Math.max(0, Math.min(nanos, MAX_SLEEP_NANOS));
  }
}
