package io.tempora.admin.dispatch.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The road to one executor: at most {@code maxInFlight} requests at a time, so a burst of runs cannot
 * open a socket each. What arrives while the road is full waits and leaves with the next free request,
 * many runs at once where the executor takes batches: the busier the executor, the bigger the batches,
 * and an idle one gets each run at once.
 */
final class ExecutorLane {

  /** How many requests may be in flight to this executor, and how many runs one request may carry. */
  record Policy(int maxInFlight, int batchLimit) {}

  private final Supplier<Policy> policy;
  private final Function<List<Sending>, CompletableFuture<?>> sender;
  private final ArrayDeque<Sending> waiting = new ArrayDeque<>();
  private int inFlight;

  ExecutorLane(Supplier<Policy> policy, Function<List<Sending>, CompletableFuture<?>> sender) {
    this.policy = policy;
    this.sender = sender;
  }

  void offer(List<Sending> sendings) {
    List<List<Sending>> ready;
    synchronized (this) {
      waiting.addAll(sendings);
      ready = takeReady();
    }
    ready.forEach(this::launch);
  }

  synchronized int waiting() {
    return waiting.size();
  }

  synchronized int inFlight() {
    return inFlight;
  }

  private List<List<Sending>> takeReady() {
    Policy now = policy.get();
    List<List<Sending>> ready = new ArrayList<>();
    while (inFlight < now.maxInFlight() && !waiting.isEmpty()) {
      List<Sending> batch = new ArrayList<>(Math.min(now.batchLimit(), waiting.size()));
      while (batch.size() < now.batchLimit() && !waiting.isEmpty()) {
        batch.add(waiting.poll());
      }
      inFlight++;
      ready.add(batch);
    }
    return ready;
  }

  private void launch(List<Sending> batch) {
    CompletableFuture<?> sent;
    try {
      sent = sender.apply(batch);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.whenComplete((answer, failure) -> done());
  }

  private void done() {
    List<List<Sending>> ready;
    synchronized (this) {
      inFlight--;
      ready = takeReady();
    }
    ready.forEach(this::launch);
  }
}
