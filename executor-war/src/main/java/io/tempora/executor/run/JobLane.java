package io.tempora.executor.run;

import io.tempora.protocol.FailureText;
import io.tempora.executor.handler.PluginHandler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The executor service of one job: its runs, one after another in arrival order, with a bounded queue,
 * its own lifecycle and kill, but no thread of its own. While it has work it waits in the shared
 * {@link RunnerPool} for a thread, which runs one run and hands the lane back; so a job costs a thread
 * only while one of its runs is running. The running run's thread is interrupted only while it runs
 * the run being stopped (checked under this lane's lock), so a late timeout or kill never hits the next
 * run or another job. A handler still running {@link LaneTools#stopGrace()} after its interrupt is
 * abandoned: its run fails, and the job's later runs go to a new lane.
 */
final class JobLane {

  private static final Logger LOG = Logger.getLogger(JobLane.class.getName());

  private final long jobId;
  private final PluginHandler handler;
  private final LaneTools tools;
  private final JobLanes owner;
  private final ArrayDeque<Run> queue = new ArrayDeque<>();
  private boolean scheduled;
  private Run current;
  /** A run whose handler has returned and whose end is being logged and reported. */
  private Run reporting;
  private Thread runningOn;
  private Outcome stopping;
  private String stopReason;
  private long idleSince = System.nanoTime();

  JobLane(long jobId, PluginHandler handler, LaneTools tools, JobLanes owner) {
    this.jobId = jobId;
    this.handler = handler;
    this.tools = tools;
    this.owner = owner;
  }

  long jobId() {
    return jobId;
  }

  String handlerName() {
    return handler.name();
  }

  PluginHandler handler() {
    return handler;
  }

  /** @return false when the queue is full */
  boolean offer(Run run) {
    synchronized (this) {
      if (queue.size() >= tools.queueCapacity()) {
        return false;
      }
      queue.add(run);
      if (scheduled) {
        return true;
      }
      scheduled = true;
    }
    tools.pool().schedule(this);
    return true;
  }

  synchronized boolean busy() {
    return current != null || !queue.isEmpty();
  }

  /** Idle for at least {@code limit}: nothing queued, nothing running, not waiting for a thread. */
  synchronized boolean idleFor(Duration limit) {
    return !scheduled && queue.isEmpty() && System.nanoTime() - idleSince >= limit.toNanos();
  }

  /**
   * Runs the next queued run on the calling thread (a thread of the pool).
   *
   * @return whether more runs wait, so the lane must be scheduled again
   */
  boolean runNext() {
    Run run;
    String refusedBecause = null;
    synchronized (this) {
      run = queue.poll();
      if (run == null) {
        return idle();
      }
      if (stopReason != null || run.outcome().isPresent()) {
        refusedBecause = stopReason;
      } else {
        current = run;
        runningOn = Thread.currentThread();
        run.started();
      }
    }
    if (current == run) {
      execute(run);
    } else {
      end(run, Outcome.failed(refusedBecause));
    }
    synchronized (this) {
      return !queue.isEmpty() || idle();
    }
  }

  private boolean idle() {
    scheduled = false;
    idleSince = System.nanoTime();
    notifyAll();
    return false;
  }

  private void execute(Run run) {
    ScheduledFuture<?> watchdog = watch(run);
    Outcome outcome;
    try {
      outcome = tools.execute().apply(run, run.handler());
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "run " + run.logId() + " of job " + jobId + " failed in the executor itself; it is"
          + " reported failed and the job's next runs go on", e);
      outcome = Outcome.failed("the executor failed running it: " + FailureText.of(e));
    } finally {
      run.releaseHandler();
      if (watchdog != null) {
        watchdog.cancel(false);
      }
      synchronized (this) {
        if (stopping != null) {
          outcome = stopping;
        }
        current = null;
        reporting = run;
        runningOn = null;
        stopping = null;
        // an interrupt meant for this run must not reach the next run on this pool thread
        Thread.interrupted();
      }
    }
    try {
      end(run, outcome);
    } finally {
      synchronized (this) {
        reporting = null;
        notifyAll();
      }
    }
  }

  /** Ends the queued runs and the running one with {@code reason}. */
  void stop(String reason) {
    List<Run> queued;
    Run running;
    synchronized (this) {
      stopReason = reason;
      queued = new ArrayList<>(queue);
      queue.clear();
      running = current;
    }
    queued.forEach(run -> end(run, Outcome.failed(reason)));
    if (running != null) {
      interrupt(running, Outcome.failed(reason));
    }
  }

  /**
   * Ends {@code run} with {@code outcome}: at once if it is not running, else when its handler returns
   * after the interrupt, or when the handler is abandoned for not returning.
   */
  void interrupt(Run run, Outcome outcome) {
    synchronized (this) {
      if (current == run && run.outcome().isEmpty()) {
        if (stopping == null) {
          stopping = outcome;
          runningOn.interrupt();
          tools.watchdogs().schedule(() -> abandonIfStuck(run), tools.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
        }
        return;
      }
    }
    end(run, outcome);
  }

  /**
   * After {@link #stop}: waits up to {@code limit} for the running handler to return and its end to be
   * reported, then abandons a handler still running, so that at shutdown every run has ended, and been
   * reported, before the executor goes away.
   */
  void awaitStopped(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    Run stuck;
    synchronized (this) {
      while ((current != null || reporting != null) && deadline - System.nanoTime() > 0) {
        TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
      }
      stuck = current;
    }
    if (stuck != null) {
      abandonIfStuck(stuck);
    }
  }

  private void abandonIfStuck(Run run) {
    Outcome stoppedBy;
    Thread stuckOn;
    List<Run> queued;
    synchronized (this) {
      if (current != run || stopping == null) {
        return;
      }
      stoppedBy = stopping;
      stuckOn = runningOn;
      if (stopReason == null) {
        stopReason = "the lane of job " + jobId + " was abandoned";
      }
      queued = new ArrayList<>(queue);
      queue.clear();
    }
    String abandoned = "the handler did not stop within " + tools.stopGrace().toSeconds() + "s of its interrupt and was abandoned";
    LOG.warning(() -> "run " + run.logId() + " of job " + jobId + " (" + stoppedBy.message() + "): " + abandoned
        + "; its thread " + stuckOn.getName() + " is left to finish on its own and the job's next runs go to a new lane");
    end(run, new Outcome(stoppedBy.code(), stoppedBy.message() + "; " + abandoned));
    owner.abandoned(this, queued);
  }

  private ScheduledFuture<?> watch(Run run) {
    Duration limit = run.timeout(tools.glueTimeout());
    if (limit.isZero()) {
      return null;
    }
    return tools.watchdogs()
        .schedule(() -> interrupt(run, Outcome.timedOut(limit)), limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void end(Run run, Outcome outcome) {
    boolean handlerReturned;
    synchronized (this) {
      handlerReturned = current != run;
    }
    if (handlerReturned) {
      run.releaseHandler();
    }
    if (run.end(outcome)) {
      tools.ended().accept(run);
    }
  }
}
