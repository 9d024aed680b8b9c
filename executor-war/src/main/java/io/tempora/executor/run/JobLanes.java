package io.tempora.executor.run;

import io.tempora.executor.handler.PluginHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The registry of job lanes: at most one per job, created on the first trigger and removed when it
 * has been idle for a while, is killed or is replaced. A lane costs no thread, so creating one under
 * the registry's lock is cheap. Lanes are stopped outside the lock because stopping ends runs, which
 * writes logs and queues callbacks.
 */
public final class JobLanes {

  static final Duration SHORTEST_SWEEP = Duration.ofMillis(50);
  static final Duration LONGEST_SWEEP = Duration.ofSeconds(10);

  private final LaneTools tools;
  private final Map<Long, JobLane> lanes = new HashMap<>();
  private final ScheduledFuture<?> sweeps;

  public JobLanes(LaneTools tools) {
    this.tools = tools;
    long every = Math.max(SHORTEST_SWEEP.toMillis(), Math.min(LONGEST_SWEEP.toMillis(), tools.idleTimeout().toMillis() / 2));
    sweeps = tools.watchdogs().scheduleWithFixedDelay(this::retireIdle, every, every, TimeUnit.MILLISECONDS);
  }

  /** @return why the run was refused, or empty once it is queued */
  public Optional<String> submit(Run run, PluginHandler handler, BlockStrategy strategy) {
    JobLane replaced = null;
    String replacedBecause = null;
    Optional<String> refusal = Optional.empty();
    run.handledBy(handler);
    synchronized (this) {
      JobLane lane = lanes.get(run.jobId());
      if (lane != null && !lane.handlerName().equals(handler.name())) {
        replaced = lane;
        replacedBecause = "job handler changed from [" + lane.handlerName() + "] to [" + handler.name() + "]";
        lane = null;
      } else if (lane != null) {
        BlockStrategy.Admission admission = strategy.admit(lane.busy());
        if (admission.verdict() == BlockStrategy.Verdict.REJECT) {
          run.releaseHandler();
          return Optional.of(admission.reason());
        }
        if (admission.verdict() == BlockStrategy.Verdict.REPLACE) {
          replaced = lane;
          replacedBecause = admission.reason();
          lane = null;
        }
      }
      if (lane == null) {
        lane = new JobLane(run.jobId(), handler, tools, this);
        lanes.put(run.jobId(), lane);
      }
      if (!lane.offer(run)) {
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

  /** @return whether the job had a lane to stop */
  public boolean kill(long jobId, String reason) {
    JobLane lane;
    synchronized (this) {
      lane = lanes.remove(jobId);
    }
    if (lane != null) {
      lane.stop(reason);
    }
    return lane != null;
  }

  public synchronized boolean busy(long jobId) {
    JobLane lane = lanes.get(jobId);
    return lane != null && lane.busy();
  }

  public void stopAll(String reason) {
    sweeps.cancel(false);
    List<JobLane> all;
    synchronized (this) {
      all = new ArrayList<>(lanes.values());
      lanes.clear();
    }
    all.forEach(lane -> lane.stop(reason));
    // a stopped run ends when its handler returns from the interrupt: wait for it here, at shutdown,
    // so its result reaches the callback spool before the executor is gone
    long deadline = System.nanoTime() + tools.stopGrace().toNanos();
    try {
      for (JobLane lane : all) {
        lane.awaitStopped(Duration.ofNanos(deadline - System.nanoTime()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Offers happen under this lock, so a lane found idle here stays idle until it is gone. */
  synchronized void retireIdle() {
    lanes.values().removeIf(lane -> lane.idleFor(tools.idleTimeout()));
  }

  /**
   * Takes {@code stuck} out of the registry; its queued runs go to a new lane with the same handler,
   * or fail if the job's lane has already been replaced or killed.
   */
  void abandoned(JobLane stuck, List<Run> queued) {
    synchronized (this) {
      if (lanes.get(stuck.jobId()) == stuck) {
        lanes.remove(stuck.jobId());
        if (!queued.isEmpty()) {
          JobLane fresh = new JobLane(stuck.jobId(), stuck.handler(), tools, this);
          queued.forEach(fresh::offer);
          lanes.put(stuck.jobId(), fresh);
          return;
        }
      }
    }
    queued.forEach(run -> {
      run.releaseHandler();
      if (run.end(Outcome.failed("the lane of job " + stuck.jobId() + " was abandoned"))) {
        tools.ended().accept(run);
      }
    });
  }

  synchronized int size() {
    return lanes.size();
  }
}
