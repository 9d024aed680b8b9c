package io.tempora.executor.run;

import io.tempora.executor.handler.PluginHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The registry of job lanes: at most one per job, created on the first trigger and removed when it
 * has been idle for a while, is killed or is replaced. Every change to a job's lane is atomic for that
 * job only ({@link ConcurrentHashMap#compute}), so triggers of different jobs never wait for each other;
 * a lane costs no thread, so creating one there is cheap. Lanes are stopped outside because stopping
 * ends runs, which writes logs and queues callbacks.
 */
public final class JobLanes {

  static final Duration SHORTEST_SWEEP = Duration.ofMillis(50);
  static final Duration LONGEST_SWEEP = Duration.ofSeconds(10);

  private final LaneTools tools;
  private final ConcurrentHashMap<Long, JobLane> lanes = new ConcurrentHashMap<>();
  private final ScheduledFuture<?> sweeps;

  public JobLanes(LaneTools tools) {
    this.tools = tools;
    long every = Math.max(SHORTEST_SWEEP.toMillis(), Math.min(LONGEST_SWEEP.toMillis(), tools.idleTimeout().toMillis() / 2));
    sweeps = tools.watchdogs().scheduleWithFixedDelay(this::retireIdle, every, every, TimeUnit.MILLISECONDS);
  }

  /** @return why the run was refused, or empty once it is queued */
  public Optional<String> submit(Run run, PluginHandler handler, BlockStrategy strategy) {
    run.handledBy(handler);
    Admitted admitted = new Admitted();
    lanes.compute(run.jobId(), (jobId, lane) -> admit(run, handler, strategy, lane, admitted));
    if (admitted.replaced != null) {
      admitted.replaced.stop(admitted.replacedBecause);
    }
    if (admitted.refusal != null) {
      run.releaseHandler();
    }
    return Optional.ofNullable(admitted.refusal);
  }

  /** What {@link #admit} decided besides the job's lane. */
  private static final class Admitted {
    JobLane replaced;
    String replacedBecause;
    String refusal;
  }

  private JobLane admit(Run run, PluginHandler handler, BlockStrategy strategy, JobLane lane, Admitted admitted) {
    if (lane != null && !lane.handlerName().equals(handler.name())) {
      admitted.replaced = lane;
      admitted.replacedBecause = "job handler changed from [" + lane.handlerName() + "] to [" + handler.name() + "]";
      lane = null;
    } else if (lane != null) {
      BlockStrategy.Admission admission = strategy.admit(lane.busy());
      if (admission.verdict() == BlockStrategy.Verdict.REJECT) {
        admitted.refusal = admission.reason();
        return lane;
      }
      if (admission.verdict() == BlockStrategy.Verdict.REPLACE) {
        admitted.replaced = lane;
        admitted.replacedBecause = admission.reason();
        lane = null;
      }
    }
    if (lane == null) {
      lane = new JobLane(run.jobId(), handler, tools, this);
    }
    if (!lane.offer(run)) {
      admitted.refusal = "run queue of job " + run.jobId() + " is full (" + tools.queueCapacity()
          + " runs waiting); run " + run.logId() + " refused";
    }
    return lane;
  }

  /** @return whether the job had a lane to stop */
  public boolean kill(long jobId, String reason) {
    JobLane lane = lanes.remove(jobId);
    if (lane != null) {
      lane.stop(reason);
    }
    return lane != null;
  }

  public boolean busy(long jobId) {
    JobLane lane = lanes.get(jobId);
    return lane != null && lane.busy();
  }

  public void stopAll(String reason) {
    sweeps.cancel(false);
    List<JobLane> all = new ArrayList<>();
    for (Long jobId : lanes.keySet()) {
      JobLane lane = lanes.remove(jobId);
      if (lane != null) {
        all.add(lane);
      }
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

  /** Atomic per job with {@link #submit}, so a lane found idle stays idle until it is gone. */
  void retireIdle() {
    for (Long jobId : lanes.keySet()) {
      lanes.computeIfPresent(jobId, (id, lane) -> lane.idleFor(tools.idleTimeout()) ? null : lane);
    }
  }

  /**
   * Takes {@code stuck} out of the registry; its queued runs go to a new lane with the same handler,
   * or fail if the job's lane has already been replaced or killed.
   */
  void abandoned(JobLane stuck, List<Run> queued) {
    boolean[] movedToFreshLane = {false};
    lanes.computeIfPresent(stuck.jobId(), (jobId, lane) -> {
      if (lane != stuck) {
        return lane;
      }
      if (queued.isEmpty()) {
        return null;
      }
      JobLane fresh = new JobLane(jobId, stuck.handler(), tools, this);
      queued.forEach(fresh::offer);
      movedToFreshLane[0] = true;
      return fresh;
    });
    if (movedToFreshLane[0]) {
      return;
    }
    queued.forEach(run -> {
      run.releaseHandler();
      if (run.end(Outcome.failed("the lane of job " + stuck.jobId() + " was abandoned"))) {
        tools.ended().accept(run);
      }
    });
  }

  int size() {
    return lanes.size();
  }
}
