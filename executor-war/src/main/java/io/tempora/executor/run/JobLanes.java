package io.tempora.executor.run;

import io.tempora.executor.handler.PluginHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of job workers: at most one per job, created on the first trigger and removed when it
 * has been idle for a while, is killed or is replaced. Workers are stopped outside the registry's lock
 * because stopping ends runs, which writes logs and queues callbacks.
 */
public final class JobWorkers {

  private final WorkerTools tools;
  private final Map<Long, JobWorker> workers = new HashMap<>();

  public JobWorkers(WorkerTools tools) {
    this.tools = tools;
  }

  /** @return why the run was refused, or empty once it is queued */
  public Optional<String> submit(Run run, PluginHandler handler, BlockStrategy strategy) {
    JobWorker replaced = null;
    String replacedBecause = null;
    Optional<String> refusal = Optional.empty();
    run.handledBy(handler);
    synchronized (this) {
      JobWorker worker = workers.get(run.jobId());
      if (worker != null && !worker.handlerName().equals(handler.name())) {
        replaced = worker;
        replacedBecause = "job handler changed from [" + worker.handlerName() + "] to [" + handler.name() + "]";
        worker = null;
      } else if (worker != null) {
        BlockStrategy.Admission admission = strategy.admit(worker.busy());
        if (admission.verdict() == BlockStrategy.Verdict.REJECT) {
          run.releaseHandler();
          return Optional.of(admission.reason());
        }
        if (admission.verdict() == BlockStrategy.Verdict.REPLACE) {
          replaced = worker;
          replacedBecause = admission.reason();
          worker = null;
        }
      }
      if (worker == null) {
        worker = new JobWorker(run.jobId(), handler, tools, this);
        workers.put(run.jobId(), worker);
        worker.start();
      }
      if (!worker.offer(run)) {
        refusal = Optional.of("run queue of job " + run.jobId() + " is full (" + tools.queueCapacity()
            + " runs waiting); run " + run.logId() + " refused");
      }
    }
    if (replaced != null) {
      replaced.stop(replacedBecause);
    }
    if (refusal.isPresent()) {
      run.releaseHandler();
    }
    return refusal;
  }

  /** @return whether the job had a worker to stop */
  public boolean kill(long jobId, String reason) {
    JobWorker worker;
    synchronized (this) {
      worker = workers.remove(jobId);
    }
    if (worker != null) {
      worker.stop(reason);
    }
    return worker != null;
  }

  public synchronized boolean busy(long jobId) {
    JobWorker worker = workers.get(jobId);
    return worker != null && worker.busy();
  }

  public void stopAll(String reason) {
    List<JobWorker> all;
    synchronized (this) {
      all = new ArrayList<>(workers.values());
      workers.clear();
    }
    all.forEach(worker -> worker.stop(reason));
    // a stopped run ends when its handler returns from the interrupt: wait for it here, at shutdown,
    // so its result reaches the callback spool before the executor is gone
    long deadline = System.nanoTime() + tools.stopGrace().toNanos();
    try {
      for (JobWorker worker : all) {
        worker.awaitStopped(Duration.ofNanos(deadline - System.nanoTime()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Removes an idle worker; offers happen under this lock, so an empty queue here stays empty.
   *
   * @return whether the worker should end (it is no longer registered)
   */
  synchronized boolean retireIfIdle(JobWorker worker) {
    if (workers.get(worker.jobId()) != worker) {
      return true;
    }
    if (worker.hasQueue()) {
      return false;
    }
    workers.remove(worker.jobId());
    return true;
  }

  /**
   * Takes {@code stuck} out of the registry; its queued runs go to a new worker with the same handler,
   * or fail if the job's worker has already been replaced or killed.
   */
  void abandoned(JobWorker stuck, List<Run> queued) {
    synchronized (this) {
      if (workers.get(stuck.jobId()) == stuck) {
        workers.remove(stuck.jobId());
        if (!queued.isEmpty()) {
          JobWorker fresh = new JobWorker(stuck.jobId(), stuck.handler(), tools, this);
          queued.forEach(fresh::offer);
          workers.put(stuck.jobId(), fresh);
          fresh.start();
          return;
        }
      }
    }
    queued.forEach(run -> {
      run.releaseHandler();
      if (run.end(Outcome.failed("the worker of job " + stuck.jobId() + " was abandoned"))) {
        tools.ended().accept(run);
      }
    });
  }

  synchronized void forget(JobWorker worker) {
    workers.remove(worker.jobId(), worker);
  }

  synchronized int size() {
    return workers.size();
  }
}
