package io.tempora.admin.dispatch.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects dispatch outcomes and writes them in one transaction every few milliseconds, so the
 * database sees one batch per interval, not one round trip per run. While the database is away they
 * wait here and are written when it returns.
 */
@ApplicationScoped
public class DispatchOutcomes {

  static final Duration FLUSH_INTERVAL = Duration.ofMillis(20);
  static final int BATCH_LIMIT = 1000;
  private static final Logger LOG = Logger.getLogger(DispatchOutcomes.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RecordDispatchOutcomes recorder;

  private final ConcurrentLinkedQueue<DispatchOutcome> pending = new ConcurrentLinkedQueue<>();
  private ScheduledFuture<?> flusher;
  private volatile boolean failing;

  /**
   * Created at start, on a container thread: created lazily by the first outcome, on an HTTP
   * completion thread, it once got no injected scheduler and every outcome was silently lost.
   */
  void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object start) {}

  @PostConstruct
  void start() {
    long every = FLUSH_INTERVAL.toMillis();
    flusher = scheduler.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    flusher.cancel(false);
    flush();
  }

  public void record(DispatchOutcome outcome) {
    pending.add(outcome);
  }

  void flush() {
    try {
      while (!pending.isEmpty()) {
        List<DispatchOutcome> batch = new ArrayList<>();
        for (DispatchOutcome next; batch.size() < BATCH_LIMIT && (next = pending.poll()) != null; ) {
          batch.add(next);
        }
        writeOrRequeue(batch);
      }
      if (failing) {
        LOG.info("dispatch outcomes are written again");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.log(Level.WARNING, "writing dispatch outcomes failed; " + pending.size()
            + " wait in memory and are written when the database takes them", e);
        failing = true;
      }
    }
  }

  private void writeOrRequeue(List<DispatchOutcome> batch) {
    try {
      recorder.apply(batch);
    } catch (RuntimeException e) {
      pending.addAll(batch);
      throw e;
    }
  }
}
