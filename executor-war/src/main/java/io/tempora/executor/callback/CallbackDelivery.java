package io.tempora.executor.callback;

import io.tempora.protocol.CallbackResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One delivery attempt: the oldest pending batch to the admins, forgotten only when one accepts.
 * Refusals grow the pause before the next attempt; a success resets it.
 */
final class CallbackDelivery {

  private final CallbackOutbox outbox;
  private final Backoff backoff;
  private final Predicate<List<CallbackResult>> accepted;

  CallbackDelivery(CallbackOutbox outbox, Backoff backoff, Predicate<List<CallbackResult>> accepted) {
    this.outbox = outbox;
    this.backoff = backoff;
    this.accepted = accepted;
  }

  /** @return how long to pause before the next attempt: zero after a success or when idle */
  Duration attempt(Duration maxWait) throws InterruptedException {
    if (!outbox.awaitPending(maxWait)) {
      return Duration.ZERO;
    }
    Optional<CallbackOutbox.Batch> batch = outbox.next();
    if (batch.isEmpty()) {
      return Duration.ZERO;
    }
    if (!accepted.test(batch.get().results())) {
      return backoff.failed();
    }
    outbox.delivered(batch.get());
    backoff.succeeded();
    return Duration.ZERO;
  }
}
