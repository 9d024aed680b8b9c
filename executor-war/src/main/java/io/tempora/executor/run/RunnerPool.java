package io.tempora.executor.run;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one bounded set of threads behind every job lane, all made by the container's managed thread
 * factory. {@code runners} threads take lanes that have work, one run per turn, in the order the lanes
 * became ready, so thousands of jobs share a few threads. A run that blocks cannot starve the others:
 *
 * <ul>
 *   <li>a runner found in one run for longer than the pace's {@code slowAfter} gets a stand-in runner at
 *       once and leaves the pool when that run ends; if its thread is then waiting (sleep, lock, child
 *       process, I/O future) its handler is marked blocking;
 *   <li>lanes of a blocking handler no longer go to the runners but to the blocking threads, which
 *       serve one lane at a time each, so every blocking run has a thread of its own.
 * </ul>
 *
 * Stand-ins and blocking threads together are at most {@code extraThreads}; beyond that, blocking runs
 * wait for one of those threads, never for a runner. So fast lanes always have {@code runners}
 * threads unless all extra threads are taken by runs that block, and the threads never exceed {@code
 * runners + extraThreads}. Threads are only ever started on the pool's tick thread, never on a request.
 */
public final class RunnerPool {

  static final Duration BLOCKING_THREAD_IDLE = Duration.ofSeconds(60);
  private static final Logger LOG = Logger.getLogger(RunnerPool.class.getName());

  private final ThreadFactory threads;
  private final int runners;
  private final int extraThreads;
  private final Semaphore extra;
  private final HandlerPace pace;
  private final LinkedBlockingQueue<JobLane> ready = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<JobLane> blockingReady = new LinkedBlockingQueue<>();
  private final AtomicInteger idleBlockingThreads = new AtomicInteger();
  private final Set<Runner> active = ConcurrentHashMap.newKeySet();
  private final AtomicInteger names = new AtomicInteger();
  private volatile boolean stopped;
  private volatile boolean warnedFull;
  private ScheduledExecutorService ticks;
  private ScheduledFuture<?> checks;

  public RunnerPool(ThreadFactory threads, int runners, int extraThreads, HandlerPace pace) {
    this.threads = threads;
    this.runners = runners;
    this.extraThreads = extraThreads;
    this.extra = new Semaphore(extraThreads);
    this.pace = pace;
  }

  /** Starts the runners and, on {@code ticks}, the checks for stuck runners and for blocking lanes without a thread. */
  public void start(ScheduledExecutorService ticks) {
    this.ticks = ticks;
    for (int i = 0; i < runners; i++) {
      startRunner();
    }
    long every = Math.max(1, pace.slowAfter().toMillis() / 2);
    checks = ticks.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
  }

  /** Lets threads end once their current run is over; queued lanes are the lanes' business (they are stopped). */
  public void stop() {
    stopped = true;
    if (checks != null) {
      checks.cancel(false);
    }
  }

  /** A lane has work: it waits for a runner, or for a blocking thread if its handler blocks. */
  void schedule(JobLane lane) {
    if (!pace.blocks(lane.handlerName())) {
      ready.add(lane);
      return;
    }
    blockingReady.add(lane);
    if (idleBlockingThreads.get() < blockingReady.size()) {
      requestBlockingThreads();
    }
  }

  private void requestBlockingThreads() {
    try {
      ticks.execute(this::startBlockingThreads);
    } catch (RejectedExecutionException e) {
      // stopping: the lanes are being stopped and end their runs themselves
    }
  }

  /** Threads beyond the runners now alive: blocking threads and stand-ins. */
  int extraThreadsInUse() {
    return extraThreads - extra.availablePermits();
  }

  private void tick() {
    try {
      standInForStuckRunners();
      startBlockingThreads();
    } catch (RuntimeException e) {
      // an exception would end the periodic task for good
      LOG.log(Level.SEVERE, "the runner pool's check failed; it runs again at the next tick", e);
    }
  }

  private void standInForStuckRunners() {
    long now = System.nanoTime();
    for (Runner runner : active) {
      Turn turn = runner.turn;
      if (turn == null || runner.replaced || now - turn.since() <= pace.slowAfter().toNanos()) {
        continue;
      }
      if (waiting(turn.thread())) {
        pace.blocking(turn.lane().handlerName());
      }
      if (extra.tryAcquire()) {
        runner.replaced = true;
        active.remove(runner);
        startRunner();
      } else {
        warnOnceWhenFull();
      }
    }
  }

  /** Sleeping, parked or waiting for a lock: blocked, not busy (a runnable thread may just lack a CPU). */
  private static boolean waiting(Thread thread) {
    Thread.State state = thread.getState();
    return state == Thread.State.TIMED_WAITING || state == Thread.State.WAITING || state == Thread.State.BLOCKED;
  }

  private synchronized void startBlockingThreads() {
    while (!stopped && idleBlockingThreads.get() < blockingReady.size() && extra.tryAcquire()) {
      idleBlockingThreads.incrementAndGet();
      if (!start(this::serveBlockingLanes, "tempora-blocking-")) {
        idleBlockingThreads.decrementAndGet();
        extra.release();
        return;
      }
    }
    if (idleBlockingThreads.get() < blockingReady.size()) {
      warnOnceWhenFull();
    }
  }

  /** Holds one extra permit; serves blocking lanes one at a time and ends after a while without one. */
  private void serveBlockingLanes() {
    try {
      while (!stopped) {
        JobLane lane = blockingReady.poll(BLOCKING_THREAD_IDLE.toMillis(), TimeUnit.MILLISECONDS);
        idleBlockingThreads.decrementAndGet();
        if (lane == null) {
          return;
        }
        if (timed(lane)) {
          schedule(lane);
        }
        idleBlockingThreads.incrementAndGet();
      }
      idleBlockingThreads.decrementAndGet();
    } catch (InterruptedException e) {
      idleBlockingThreads.decrementAndGet();
    } catch (Throwable e) {
      LOG.log(Level.SEVERE, "a blocking thread of the runner pool died; another takes its lanes", e);
    } finally {
      extra.release();
      if (!stopped && !blockingReady.isEmpty()) {
        requestBlockingThreads();
      }
    }
  }

  private boolean timed(JobLane lane) {
    long start = System.nanoTime();
    boolean more = lane.runNext();
    pace.took(lane.handlerName(), System.nanoTime() - start);
    return more;
  }

  private void startRunner() {
    Runner runner = new Runner();
    active.add(runner);
    if (!start(runner, "tempora-runner-")) {
      active.remove(runner);
    }
  }

  private boolean start(Runnable work, String name) {
    try {
      Thread thread = threads.newThread(work);
      thread.setName(name + names.incrementAndGet());
      thread.start();
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "the managed thread factory gave no thread (is the executor stopping?); runs wait", e);
      return false;
    }
  }

  private void warnOnceWhenFull() {
    if (!warnedFull) {
      warnedFull = true;
      LOG.warning(() -> "all " + extraThreads + " threads for blocking runs are taken (tempora.executor.blocking-threads);"
          + " further blocking runs wait for one of them; runs of other jobs go on");
    }
  }

  private record Turn(JobLane lane, Thread thread, long since) {}

  /** Takes ready lanes until the pool stops or it was replaced while stuck in a run (then it hands its permit back). */
  private final class Runner implements Runnable {

    volatile Turn turn;
    volatile boolean replaced;

    @Override
    public void run() {
      try {
        while (!stopped && !replaced) {
          JobLane lane = ready.poll(1, TimeUnit.SECONDS);
          if (lane == null) {
            continue;
          }
          if (pace.blocks(lane.handlerName())) {
            schedule(lane);
            continue;
          }
          turn = new Turn(lane, Thread.currentThread(), System.nanoTime());
          boolean more = timed(lane);
          turn = null;
          if (more) {
            schedule(lane);
          }
        }
      } catch (InterruptedException e) {
        // the container stops its managed threads at undeploy
      } catch (Throwable e) {
        LOG.log(Level.SEVERE, "a runner died; a new one takes its place", e);
        if (!replaced && !stopped) {
          active.remove(this);
          startRunner();
        }
      } finally {
        if (replaced) {
          extra.release();
        }
      }
    }
  }
}
