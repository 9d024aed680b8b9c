package io.tempora.executor.run;

import io.tempora.executor.handler.PluginHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The runs of one job, one after another on one thread. The thread is interrupted only while it runs
 * the run that is being stopped (checked under this worker's lock), so a late timeout or kill never
 * hits the next run. A handler that is still running {@link WorkerTools#stopGrace()} after its
 * interrupt is abandoned: its run fails, and the job's later runs go to a new worker and thread.
 */
final class JobWorker {

  private static final Logger LOG = Logger.getLogger(JobWorker.class.getName());

  private final long jobId;
  private final PluginHandler handler;
  private final WorkerTools tools;
  private final JobWorkers owner;
  private final BlockingQueue<Run> queue;
  private final Thread thread;
  private Run current;
  private Outcome stopping;
  private String stopReason;

  JobWorker(long jobId, PluginHandler handler, WorkerTools tools, JobWorkers owner) {
    this.jobId = jobId;
    this.handler = handler;
    this.tools = tools;
    this.owner = owner;
    this.queue = new LinkedBlockingQueue<>(tools.queueCapacity());
    this.thread = tools.threads().newThread(this::work);
    thread.setName("tempora-job-" + jobId);
  }

  void start() {
    thread.start();
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

  boolean offer(Run run) {
    return queue.offer(run);
  }

  boolean hasQueue() {
    return !queue.isEmpty();
  }

  synchronized boolean busy() {
    return current != null || !queue.isEmpty();
  }

  /** Ends the queued runs and the running one with {@code reason}; the thread then exits. */
  void stop(String reason) {
    List<Run> queued = new ArrayList<>();
    Run running;
    synchronized (this) {
      stopReason = reason;
      queue.drainTo(queued);
      running = current;
      if (running == null) {
        thread.interrupt();
      }
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
      if (current == run && !run.outcome().isPresent()) {
        if (stopping == null) {
          stopping = outcome;
          thread.interrupt();
          tools.watchdogs().schedule(() -> abandonIfStuck(run), tools.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
        }
        return;
      }
    }
    end(run, outcome);
  }

  /**
   * After {@link #stop}: waits up to {@code limit} for the running handler to return, then abandons it,
   * so that at shutdown every run has ended, and been reported, before the executor goes away.
   */
  void awaitStopped(Duration limit) throws InterruptedException {
    thread.join(Math.max(1, limit.toMillis()));
    Run stuck;
    synchronized (this) {
      stuck = current;
    }
    if (stuck != null) {
      abandonIfStuck(stuck);
    }
  }

  private void abandonIfStuck(Run run) {
    Outcome stoppedBy;
    List<Run> queued = new ArrayList<>();
    synchronized (this) {
      if (current != run || stopping == null) {
        return;
      }
      stoppedBy = stopping;
      if (stopReason == null) {
        stopReason = "the worker of job " + jobId + " was abandoned";
      }
      queue.drainTo(queued);
    }
    String abandoned = "the handler did not stop within " + tools.stopGrace().toSeconds() + "s of its interrupt and was abandoned";
    LOG.warning(() -> "run " + run.logId() + " of job " + jobId + " (" + stoppedBy.message() + "): " + abandoned
        + "; its thread " + thread.getName() + " is left to finish on its own and the job's next runs get a new thread");
    end(run, new Outcome(stoppedBy.code(), stoppedBy.message() + "; " + abandoned));
    owner.abandoned(this, queued);
  }

  private synchronized boolean stopped() {
    return stopReason != null;
  }

  private void work() {
    try {
      while (!stopped()) {
        Run run = queue.poll(tools.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (run != null) {
          runOne(run);
        } else if (owner.retireIfIdle(this)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // stop() woke us while waiting for work
    } catch (Throwable e) {
      LOG.log(Level.SEVERE, "worker of job " + jobId + " died; its queued runs fail and the next trigger starts a new one", e);
      owner.forget(this);
      stop("executor worker failed: " + e);
    }
  }

  private void runOne(Run run) {
    synchronized (this) {
      if (stopReason != null || run.outcome().isPresent()) {
        end(run, Outcome.failed(stopReason));
        return;
      }
      current = run;
      run.started();
    }
    ScheduledFuture<?> watchdog = watch(run);
    Outcome outcome = null;
    try {
      outcome = tools.execute().apply(run, run.handler());
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
        stopping = null;
        Thread.interrupted();
      }
    }
    end(run, outcome);
  }

  private ScheduledFuture<?> watch(Run run) {
    if (run.timeout().isZero()) {
      return null;
    }
    return tools.watchdogs()
        .schedule(() -> interrupt(run, Outcome.timedOut(run.timeout())), run.timeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  private boolean end(Run run, Outcome outcome) {
    boolean handlerReturned;
    synchronized (this) {
      handlerReturned = current != run;
    }
    if (handlerReturned) {
      run.releaseHandler();
    }
    if (!run.end(outcome)) {
      return false;
    }
    tools.ended().accept(run);
    return true;
  }
}
