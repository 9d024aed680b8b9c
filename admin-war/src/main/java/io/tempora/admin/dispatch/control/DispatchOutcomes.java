package io.tempora.admin.dispatch.control;

import io.tempora.admin.schedule.control.TimingWheel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
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
 * database sees one batch per interval, not one round trip per run.
 */
@ApplicationScoped
public class DispatchOutcomes {

  static final Duration FLUSH_INTERVAL = Duration.ofMillis(20);
  static final int BATCH_LIMIT = 1000;
  private static final Logger LOG = Logger.getLogger(DispatchOutcomes.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RecordDispatchOutcomes recorder;
  @Inject TimingWheel timingWheel;

  private final ConcurrentLinkedQueue<DispatchOutcome> pending = new ConcurrentLinkedQueue<>();
  private ScheduledFuture<?> flusher;

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
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "writing dispatch outcomes failed; they stay queued and are retried", e);
    }
  }

  private void writeOrRequeue(List<DispatchOutcome> batch) {
    List<DispatchOrder> retries;
    try {
      retries = recorder.apply(batch);
    } catch (RuntimeException e) {
      pending.addAll(batch);
      throw e;
    }
    timingWheel.hold(retries);
  }
}
