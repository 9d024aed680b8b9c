package io.tempora.executor.callback;

import io.tempora.protocol.CallbackResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Results waiting for an admin, and the batch currently being delivered. A batch stays the current one
 * until an admin accepts it, so a result is sent again only when no admin acknowledged it; the admins
 * ignore a repeat for a finished run, which makes the remaining window harmless.
 */
public final class CallbackOutbox {

  public static final int BATCH_SIZE = 50;

  private final BlockingQueue<CallbackResult> waiting = new LinkedBlockingQueue<>();
  private final List<CallbackResult> batch = new ArrayList<>(BATCH_SIZE);
  private final Backoff backoff;

  public CallbackOutbox(Backoff backoff) {
    this.backoff = backoff;
  }

  public void add(CallbackResult result) {
    waiting.add(result);
  }

  /**
   * Delivers the current batch, first filling it from the waiting results (for at most {@code
   * maxWait} when there are none).
   *
   * @return how long to pause before the next attempt: zero after a success or when idle
   */
  public Duration attempt(Duration maxWait, Predicate<List<CallbackResult>> deliver) throws InterruptedException {
    if (batch.isEmpty()) {
      CallbackResult first = waiting.poll(maxWait.toMillis(), TimeUnit.MILLISECONDS);
      if (first == null) {
        return Duration.ZERO;
      }
      batch.add(first);
      waiting.drainTo(batch, BATCH_SIZE - 1);
    }
    if (deliver.test(List.copyOf(batch))) {
      batch.clear();
      backoff.succeeded();
      return Duration.ZERO;
    }
    return backoff.failed();
  }

  /** Results not yet accepted by any admin, the current batch included. */
  public int pending() {
    return batch.size() + waiting.size();
  }
}
