package io.tempora.executor.registry;

import io.tempora.executor.handler.HandlerCatalog;
import io.tempora.executor.platform.AdminCall;
import io.tempora.executor.platform.AdminClient;
import io.tempora.executor.platform.ExecutorConfig;
import io.tempora.protocol.ExecutorFeatures;
import io.tempora.protocol.RegistryRequest;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registers this executor with every admin (not just the first that answers: each admin routes runs
 * from its own registry view) and deregisters it at shutdown so no run is routed to a dead address.
 * Each admin is beaten on its own {@link BeatSchedule}: a failed beat is retried within seconds, and an
 * admin that accepts a callback after a failed beat or callback is beaten at once.
 */
@ApplicationScoped
public class Heartbeat {

  private static final Logger LOG = Logger.getLogger(Heartbeat.class.getName());

  @Inject ExecutorConfig config;
  @Inject AdminClient admins;
  @Resource ManagedScheduledExecutorService scheduler;

  /** How long to wait for this executor to answer its own {@code /beat} before registering anyway. */
  static final Duration READY_WAIT = Duration.ofSeconds(60);
  static final Duration READY_POLL = Duration.ofMillis(500);
  /** How often the schedule is checked for due admins; the precision of beats and retries. */
  static final Duration TICK = Duration.ofMillis(200);

  @Inject Clock clock;
  @Inject HandlerCatalog catalog;

  private volatile ScheduledFuture<?> beats;
  private volatile BeatSchedule schedule;
  private Instant readyDeadline;

  /**
   * CDI is up before Payara routes HTTP to the application and before the plugins are read; an admin
   * told about this executor then would send runs that fail. So the first registration waits until the
   * handlers are loaded and the advertised address answers.
   */
  void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) @Initialized(ApplicationScoped.class) Object event) {
    readyDeadline = clock.instant().plus(READY_WAIT);
    beats = scheduler.scheduleWithFixedDelay(this::registerOnceReady, 0, READY_POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  void registerOnceReady() {
    if (!catalog.loaded()) {
      return;
    }
    boolean ready = admins.answersBeat(URI.create(config.advertisedAddress()));
    if (!ready && clock.instant().isBefore(readyDeadline)) {
      return;
    }
    if (!ready) {
      LOG.warning(() -> config.advertisedAddress() + " does not answer this executor itself (NAT or a wrong"
          + " tempora.executor.address?); registering anyway");
    }
    beats.cancel(false);
    schedule = new BeatSchedule(admins.admins(), config.beatInterval(), clock.instant());
    beats = scheduler.scheduleWithFixedDelay(this::beatDue, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(() -> "registering " + config.appName() + " at " + config.advertisedAddress() + " with "
        + admins.admins() + " every " + config.beatInterval().toSeconds() + " s");
  }

  void beatDue() {
    try {
      schedule.due(clock.instant()).forEach(this::beat);
    } catch (RuntimeException e) {
      // an exception would end the periodic task for good, and with it every later beat
      LOG.log(Level.SEVERE, "beating to the admins failed unexpectedly; trying again in " + TICK.toMillis() + " ms", e);
    }
  }

  private void beat(URI admin) {
    if (admins.post(admin, "registry", registration())) {
      schedule.answered(admin, clock.instant());
    } else {
      Duration retry = schedule.failed(admin, clock.instant());
      LOG.warning(() -> "admin " + admin + " unreachable or refused the registration; it may think this executor"
          + " dead; will beat again in " + retry.toSeconds() + " s");
    }
  }

  void adminCalled(@Observes AdminCall call) {
    BeatSchedule current = schedule;
    if (current == null || "registry".equals(call.path())) {
      return;
    }
    if (call.accepted()) {
      current.otherCallAccepted(call.admin(), clock.instant());
    } else {
      current.otherCallFailed(call.admin());
    }
  }

  @PreDestroy
  void stop() {
    if (beats != null) {
      beats.cancel(false);
    }
    for (URI admin : admins.admins()) {
      if (!admins.post(admin, "registryRemove", registration())) {
        LOG.warning(() -> "admin " + admin + " did not take the deregistration; it drops this executor"
            + " once its heartbeat is overdue");
      }
    }
  }

  private RegistryRequest registration() {
    return RegistryRequest.executor(config.appName(), config.advertisedAddress(), catalog.names(), ExecutorFeatures.all());
  }
}
