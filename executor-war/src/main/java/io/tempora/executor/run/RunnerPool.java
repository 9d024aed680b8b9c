package io.tempora.executor.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
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
 *   <li>a handler seen to run longer than the pace's {@code slowAfter} is marked blocking, and lanes of
 *       blocking handlers no longer go to the runners: each gets a thread of its own, one of at most
 *       {@code extraThreads}; beyond that they wait for one of those, never for a runner;
 *   <li>a runner found in one run longer than {@code slowAfter} (a handler not known to block, or one
 *       that blocks only sometimes) is given a stand-in runner at once, also one of the extra threads,
 *       and leaves the pool when its run ends.
 * </ul>
 *
 * So fast lanes always have {@code runners} threads, unless all {@code extraThreads} are taken by runs
 * that block; the threads never exceed {@code runners + extraThreads}.
 */
public final class RunnerPool {

  private static final Logger LOG = Logger.getLogger(RunnerPool.class.getName());

  private final ThreadFactory threads;
  private final int runners;
  private final int extraThreads;
  private final Semaphore extra;
  private final HandlerPace pace;
  private final LinkedBlockingQueue<JobLane> ready = new LinkedBlockingQueue<>();
  private final ConcurrentLinkedDeque<JobLane> waitingForOwnThread = new ConcurrentLinkedDeque<>();
  private final Set<Runner> active = ConcurrentHashMap.newKeySet();
  private final AtomicInteger names = new AtomicInteger();
  private volatile boolean stopped;
  private volatile boolean warnedFull;
  private ScheduledFuture<?> checks;

  public RunnerPool(ThreadFactory threads, int runners, int extraThreads, HandlerPace pace) {
    this.threads = threads;
    this.runners = runners;
    this.extraThreads = extraThreads;
    this.extra = new Semaphore(extraThreads);
    this.pace = pace;
  }

  /** Starts the runners and, on {@code ticks}, the check for runners stuck in a run. */
  public void start(ScheduledExecutorService ticks) {
    for (int i = 0; i < runners; i++) {
      startRunner();
    }
    long every = Math.max(1, pace.slowAfter().toMillis() / 2);
    checks = ticks.scheduleWithFixedDelay(this::standInForStuckRunners, every, every, TimeUnit.MILLISECONDS);
  }

  /** Lets threads end once their current run is over; queued lanes are the lanes' business (they are stopped). */
  public void stop() {
    stopped = true;
    if (checks != null) {
      checks.cancel(false);
    }
  }

  /** A lane has work: it waits for a runner, or for a thread of its own if its handler blocks. */
  void schedule(JobLane lane) {
    if (pace.blocks(lane.handlerName())) {
      runOnOwnThread(lane);
    } else {
      ready.add(lane);
    }
  }

  /** Threads beyond the runners now alive: own threads of blocking runs and stand-ins. */
  int extraThreadsInUse() {
    return extraThreads - extra.availablePermits();
  }

  private void runOnOwnThread(JobLane lane) {
    waitingForOwnThread.add(lane);
    startOwnThreadsForWaitingLanes();
    if (!waitingForOwnThread.isEmpty()) {
      warnOnceWhenFull();
    }
  }

  /** Checked after every park and every release, so a parked lane never sits beside a free permit. */
  private void startOwnThreadsForWaitingLanes() {
    while (!waitingForOwnThread.isEmpty() && extra.tryAcquire()) {
      JobLane parked = waitingForOwnThread.poll();
      if (parked == null) {
        extra.release();
        return;
      }
      startOwnThread(parked);
    }
  }

  private void startOwnThread(JobLane lane) {
    try {
      Thread thread = threads.newThread(() -> ownThread(lane));
      thread.setName("tempora-blocking-" + names.incrementAndGet());
      thread.start();
    } catch (RuntimeException e) {
      extra.release();
      LOG.log(Level.SEVERE, "no thread for a blocking run of job " + lane.jobId() + " (is the executor stopping?);"
          + " its runs end when the lane is stopped", e);
    }
  }

  /** Holds one extra permit: runs the lane, then any lane waiting for a thread of its own, then ends. */
  private void ownThread(JobLane first) {
    JobLane lane = first;
    try {
      while (lane != null) {
        boolean more = timed(lane);
        if (more && pace.blocks(lane.handlerName())) {
          waitingForOwnThread.add(lane);
        } else if (more) {
          ready.add(lane);
        }
        lane = waitingForOwnThread.poll();
      }
    } catch (Throwable e) {
      LOG.log(Level.SEVERE, "a thread of the runner pool died; the lanes it held wait for another", e);
    } finally {
      releaseExtra();
    }
  }

  /** Gives an extra thread back; a lane parked meanwhile (after that thread last looked) gets it at once. */
  private void releaseExtra() {
    extra.release();
    startOwnThreadsForWaitingLanes();
  }

  private boolean timed(JobLane lane) {
    long start = System.nanoTime();
    boolean more = lane.runNext();
    pace.took(lane.handlerName(), System.nanoTime() - start);
    return more;
  }

  private void startRunner() {
    Runner runner = new Runner();
    Thread thread = threads.newThread(runner);
    thread.setName("tempora-runner-" + names.incrementAndGet());
    active.add(runner);
    thread.start();
  }

  private void standInForStuckRunners() {
    long now = System.nanoTime();
    for (Runner runner : active) {
      Turn turn = runner.turn;
      if (turn != null && !runner.replaced && now - turn.since() > pace.slowAfter().toNanos()) {
        pace.blocking(turn.lane().handlerName());
        if (extra.tryAcquire()) {
          runner.replaced = true;
          active.remove(runner);
          startRunner();
        } else {
          warnOnceWhenFull();
        }
      }
    }
  }

  private void warnOnceWhenFull() {
    if (!warnedFull) {
      warnedFull = true;
      LOG.warning(() -> "all " + extraThreads + " threads for blocking runs are taken (tempora.executor.blocking-threads);"
          + " further blocking runs wait for one of them; runs of other jobs go on");
    }
  }

  private record Turn(JobLane lane, long since) {}

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
            runOnOwnThread(lane);
            continue;
          }
          turn = new Turn(lane, System.nanoTime());
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
          releaseExtra();
        }
      }
    }
  }
}
