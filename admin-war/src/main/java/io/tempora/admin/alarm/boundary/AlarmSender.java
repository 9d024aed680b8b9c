package io.tempora.admin.alarm.boundary;

import io.tempora.admin.alarm.control.SendAlarms;
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

/** Delivers due alarms every second, on every admin node; the claims keep nodes from sending one twice. */
@ApplicationScoped
public class AlarmSender {

  static final long EVERY_MILLIS = 1000;
  private static final Logger LOG = Logger.getLogger(AlarmSender.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SendAlarms sendAlarms;

  private ScheduledFuture<?> rounds;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    rounds = scheduler.scheduleWithFixedDelay(this::send, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }

  /** A full batch means more may be due at once: go on until a round finds fewer. */
  private void send() {
    try {
      boolean fullBatch;
      do {
        fullBatch = sendAlarms.sendDue();
      } while (fullBatch);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "sending alarms failed; they stay due and are tried again in " + EVERY_MILLIS + " ms", e);
    }
  }
}
