package io.tempora.executor.run;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.RunState;
import io.tempora.protocol.TriggerRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One accepted trigger. Its handler, a timeout watchdog and a kill can all try to end it at once, so
 * ending is a compare-and-set: the first outcome wins and the others are ignored. It records when its
 * handler started and when it ended (this executor's clock), which the admin stores as its duration.
 */
public final class Run {

  private final TriggerRequest trigger;
  private final InstantSource clock;
  private final AtomicReference<Ending> ending = new AtomicReference<>();
  private final AtomicReference<PluginHandler> handler = new AtomicReference<>();
  private final AtomicBoolean released = new AtomicBoolean();
  private volatile Instant startedAt;

  public Run(TriggerRequest trigger, InstantSource clock) {
    this.trigger = trigger;
    this.clock = clock;
  }

  private record Ending(Outcome outcome, Instant at) {}

  public long logId() {
    return trigger.logId();
  }

  public long jobId() {
    return trigger.jobId();
  }

  public long logDateTime() {
    return trigger.logDateTime();
  }

  public String params() {
    return trigger.executorParams() == null ? "" : trigger.executorParams();
  }

  public int shardIndex() {
    return trigger.broadcastIndex();
  }

  public int shardTotal() {
    return Math.max(1, trigger.broadcastTotal());
  }

  /**
   * The job's timeout; for glue whose job sets none, {@code glueDefault}. Zero when the run may take as
   * long as it likes.
   */
  public Duration timeout(Duration glueDefault) {
    if (trigger.executorTimeout() > 0) {
      return Duration.ofSeconds(trigger.executorTimeout());
    }
    return isGlue() ? glueDefault : Duration.ZERO;
  }

  private boolean isGlue() {
    return trigger.glueType() != null && trigger.glueType().startsWith("GLUE_");
  }

  /** The handler this run was accepted for; its lease is given back by {@link #releaseHandler()}. */
  void handledBy(PluginHandler leased) {
    if (!handler.compareAndSet(null, leased)) {
      throw new IllegalStateException("run " + logId() + " already has its handler");
    }
  }

  PluginHandler handler() {
    return handler.get();
  }

  /** Gives the handler's lease back, once, when the handler has returned or will never run. */
  void releaseHandler() {
    PluginHandler leased = handler.get();
    if (leased != null && released.compareAndSet(false, true)) {
      leased.release();
    }
  }

  /** Its handler is about to be called. */
  void started() {
    startedAt = clock.instant();
  }

  /** @return whether this call ended the run (false if it had already ended) */
  public boolean end(Outcome how) {
    return ending.compareAndSet(null, new Ending(how, clock.instant()));
  }

  public Optional<Outcome> outcome() {
    Ending ended = ending.get();
    return ended == null ? Optional.empty() : Optional.of(ended.outcome());
  }

  public RunState.State state() {
    if (ending.get() != null) {
      return RunState.State.ENDED;
    }
    return startedAt == null ? RunState.State.QUEUED : RunState.State.RUNNING;
  }

  /** The result as called back; {@code startedAt} is absent when the run ended before its handler was called. */
  public CallbackResult result() {
    Ending ended = ending.get();
    if (ended == null) {
      throw new IllegalStateException("run " + logId() + " has not ended yet");
    }
    Instant started = startedAt;
    return new CallbackResult(logId(), logDateTime(), ended.outcome().code(), ended.outcome().message(),
        started == null ? null : started.toEpochMilli(), ended.at().toEpochMilli());
  }
}
