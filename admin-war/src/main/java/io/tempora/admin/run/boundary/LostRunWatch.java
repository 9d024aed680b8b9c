package io.tempora.admin.run.boundary;

import io.tempora.admin.run.control.FindLostRuns;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Looks for lost runs every few seconds. */
@ApplicationScoped
public class LostRunWatch {

  static final long EVERY_SECONDS = 5;
  private static final Logger LOG = Logger.getLogger(LostRunWatch.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject FindLostRuns findLostRuns;

  private ScheduledFuture<?> checks;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    checks = scheduler.scheduleWithFixedDelay(this::check, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    if (checks != null) {
      checks.cancel(false);
    }
  }

  private void check() {
    try {
      findLostRuns.check();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the lost-run check failed; it runs again in " + EVERY_SECONDS + " s", e);
    }
  }
}
