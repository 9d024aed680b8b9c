package io.tempora.executor.run;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.TriggerRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One accepted trigger. Its handler, a timeout watchdog and a kill can all try to end it at once, so
 * ending is a compare-and-set: the first outcome wins and the others are ignored.
 */
public final class Run {

  private final TriggerRequest trigger;
  private final AtomicReference<Outcome> outcome = new AtomicReference<>();
  private final AtomicReference<PluginHandler> handler = new AtomicReference<>();
  private final AtomicBoolean released = new AtomicBoolean();

  public Run(TriggerRequest trigger) {
    this.trigger = trigger;
  }

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

  /** Zero when the run may take as long as it likes. */
  public Duration timeout() {
    return Duration.ofSeconds(Math.max(0, trigger.executorTimeout()));
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

  /** @return whether this call ended the run (false if it had already ended) */
  public boolean end(Outcome how) {
    return outcome.compareAndSet(null, how);
  }

  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome.get());
  }

  public CallbackResult result() {
    Outcome how = outcome.get();
    if (how == null) {
      throw new IllegalStateException("run " + logId() + " has not ended yet");
    }
    return new CallbackResult(logId(), logDateTime(), how.code(), how.message());
  }
}
