package io.tempora.admin.schedule.boundary;

import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.schedule.control.ScheduleTick;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduler's heartbeat: a non-persistent EJB interval timer. Coordination between admin nodes
 * is the database's job (see ClaimDueJobs), so the timer needs no cluster.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchedulerHeartbeat {

  private static final Logger LOG = Logger.getLogger(SchedulerHeartbeat.class.getName());

  @Resource TimerService timers;
  @Inject AdminConfig config;
  @Inject ScheduleTick tick;

  private final AtomicBoolean ticking = new AtomicBoolean();

  @PostConstruct
  void start() {
    long every = config.tick().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("tempora-scheduler", false));
  }

  @Timeout
  void beat() {
    if (!ticking.compareAndSet(false, true)) {
      return;
    }
    try {
      tick.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "scheduler tick failed; nothing was claimed, the next tick retries", e);
    } finally {
      ticking.set(false);
    }
  }
}
