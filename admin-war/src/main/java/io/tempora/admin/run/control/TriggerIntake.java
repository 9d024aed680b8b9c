package io.tempora.admin.run.control;

import io.tempora.admin.platform.ServiceUnavailable;
import io.tempora.admin.platform.TemporaException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for triggers: concurrent requests wait in a queue, a writer stores everything waiting
 * in one transaction and one commit, and each request is answered with its own run id once that
 * commit is done. Under load a commit carries hundreds of triggers; alone, a trigger waits for
 * nothing but its own commit.
 */
@ApplicationScoped
public class TriggerIntake {

  static final int WRITERS = 2;
  static final int QUEUE = 20_000;
  static final int BATCH = 500;
  static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(TriggerIntake.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject StoreTriggeredRuns store;

  private final BlockingQueue<TriggerOrder> waiting = new ArrayBlockingQueue<>(QUEUE);
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean open = true;

  @PostConstruct
  void start() {
    for (int i = 0; i < WRITERS; i++) {
      Thread writer = threads.newThread(this::write);
      writer.setName("tempora-trigger-writer-" + i);
      writer.start();
      writers.add(writer);
    }
  }

  @PreDestroy
  void stop() {
    open = false;
    writers.forEach(Thread::interrupt);
  }

  /** Stores a run of {@code jobId} and returns its id once committed; dispatch sends it right after. */
  public long trigger(long jobId, String paramsOverride, String addressOverride) {
    TriggerOrder order = new TriggerOrder(jobId, paramsOverride, addressOverride, new CompletableFuture<>());
    if (!open || !waiting.offer(order)) {
      throw new ServiceUnavailable("too many triggers are waiting to be stored; try again shortly");
    }
    try {
      return order.runId().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TemporaException known) {
        throw known;
      }
      throw new ServiceUnavailable("the trigger could not be stored: " + e.getCause().getMessage());
    } catch (TimeoutException e) {
      throw new ServiceUnavailable("the trigger was not stored within " + ANSWER_WITHIN.toSeconds() + " s; it may still be");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailable("interrupted while storing the trigger");
    }
  }

  private void write() {
    while (open) {
      List<TriggerOrder> batch = new ArrayList<>();
      try {
        batch.add(waiting.take());
        waiting.drainTo(batch, BATCH - 1);
        store.store(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "storing " + batch.size() + " triggers failed; their callers get 503", e);
        batch.forEach(order -> order.runId().completeExceptionally(e));
      }
    }
  }
}
