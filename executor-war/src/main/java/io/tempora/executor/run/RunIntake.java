package io.tempora.executor.run;

import io.tempora.executor.callback.CallbackSender;
import io.tempora.executor.glue.HandlerKinds;
import io.tempora.executor.glue.HandlerUnavailable;
import io.tempora.executor.handler.PluginHandler;
import io.tempora.executor.log.RunLogs;
import io.tempora.executor.platform.ExecutorConfig;
import io.tempora.protocol.Reply;
import io.tempora.protocol.RunState;
import io.tempora.protocol.TriggerOutcome;
import io.tempora.protocol.TriggerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where triggers, kills, idle probes and status questions arrive. It refuses what cannot run here, with
 * the messages XXL-JOB admins know, and hands the rest to the job's worker.
 */
@ApplicationScoped
public class RunIntake {

  static final String KILLED = "killed by the scheduling centre";
  static final String BUSY = "job thread is running or has trigger queue.";

  @Inject ExecutorConfig config;
  @Inject HandlerKinds kinds;
  @Inject RunLogs logs;
  @Inject CallbackSender callbacks;
  @Inject Clock clock;
  @Resource ManagedThreadFactory threads;

  private RunLedger ledger;
  private ScheduledExecutorService watchdogs;
  private RunnerPool pool;
  private JobLanes lanes;

  /**
   * Timeouts and idle sweeps run on a plain scheduler over one managed thread: a managed scheduled
   * executor would capture the container context for every run's timeout, which Payara does slowly.
   */
  @PostConstruct
  void open() {
    ledger = new RunLedger(RunLedger.RECENT, config.maxActiveRuns());
    CompleteRun complete = new CompleteRun(logs, ledger, callbacks::report);
    ExecuteRun execute = new ExecuteRun(run -> logs.open(run.logId()));
    watchdogs = Executors.newSingleThreadScheduledExecutor(threads);
    pool = new RunnerPool(threads, config.runnerThreads(), config.blockingThreads(), new HandlerPace(config.blockingAfter()));
    pool.start(watchdogs);
    lanes = new JobLanes(new LaneTools(
        pool, watchdogs, config.queueCapacity(), config.workerIdleTimeout(), config.stopGrace(), config.glueTimeout(), execute::apply, complete::ended));
  }

  public Reply<Void> trigger(TriggerRequest trigger) {
    PluginHandler handler;
    try {
      handler = kinds.handlerFor(trigger);
    } catch (HandlerUnavailable e) {
      return Reply.fail(e.getMessage());
    }
    Run run = new Run(trigger, clock);
    if (!ledger.claim(run)) {
      handler.release();
      return Reply.fail("repeat trigger job, logId:" + trigger.logId());
    }
    // checked after the repeat check: a repeat must be refused as one, or the admin would send it elsewhere
    if (ledger.overloaded()) {
      ledger.release(trigger.logId());
      handler.release();
      return Reply.fail("executor overloaded: " + ledger.active() + " runs queued or running (tempora.executor.max-active-runs = "
          + config.maxActiveRuns() + "); run " + trigger.logId() + " refused, send it elsewhere or later");
    }
    logs.growing(trigger.logDateTime(), trigger.logId());
    Optional<String> refusal = lanes.submit(run, handler, BlockStrategy.of(trigger.executorBlockStrategy()));
    if (refusal.isPresent()) {
      logs.discard(trigger.logId());
      ledger.release(trigger.logId());
      return Reply.fail(refusal.get());
    }
    return Reply.ok();
  }

  /** Each run taken or refused on its own, by the same rules as {@link #trigger}, in the order given. */
  public List<TriggerOutcome> triggerAll(List<TriggerRequest> triggers) {
    return triggers.stream().map(trigger -> {
      Reply<Void> reply = trigger(trigger);
      return new TriggerOutcome(trigger.logId(), reply.code(), reply.succeeded() ? null : reply.msg());
    }).toList();
  }

  /** A run whose result still waits for an admin has ENDED, even once the ledger has forgotten it. */
  public List<RunState> states(List<Long> logIds) {
    return logIds.stream().map(logId -> {
      RunState.State state = ledger.state(logId);
      if (state == RunState.State.UNKNOWN && callbacks.holds(logId)) {
        state = RunState.State.ENDED;
      }
      return new RunState(logId, state);
    }).toList();
  }

  public Reply<Void> kill(long jobId) {
    return lanes.kill(jobId, KILLED) ? Reply.ok() : new Reply<>(Reply.SUCCESS, "job thread already killed.", null);
  }

  public Reply<Void> idleBeat(long jobId) {
    return lanes.busy(jobId) ? Reply.fail(BUSY) : Reply.ok();
  }

  @PreDestroy
  void close() {
    lanes.stopAll("executor shutting down");
    pool.stop();
    watchdogs.shutdownNow();
  }
}
