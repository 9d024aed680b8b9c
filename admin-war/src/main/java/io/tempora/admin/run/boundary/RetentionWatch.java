package io.tempora.admin.run.boundary;

import io.tempora.admin.run.control.SweepOldRuns;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Deletes runs past their job's retention every {@code tempora.retention.sweep}; one admin node per interval. */
@ApplicationScoped
public class RetentionWatch {

  public static final String DEFAULT_SWEEP = "PT10M";
  private static final Logger LOG = Logger.getLogger(RetentionWatch.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SweepOldRuns sweep;

  @Inject
  @ConfigProperty(name = "tempora.retention.sweep", defaultValue = DEFAULT_SWEEP)
  Duration every;

  private ScheduledFuture<?> sweeps;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalStateException("tempora.retention.sweep must be a positive duration, got " + every);
    }
    sweeps = scheduler.scheduleWithFixedDelay(this::sweep, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  private void sweep() {
    try {
      int deleted = sweep.sweep(every);
      if (deleted > 0) {
        LOG.info(() -> deleted + " runs past their job's retention deleted");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the run retention sweep failed; nothing is lost, the next sweep in " + every + " retries", e);
    }
  }
}
