package io.tempora.executor.log;

import io.tempora.executor.platform.ExecutorConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Removes old run logs and superseded glue files at start and then once a day. */
@ApplicationScoped
public class LogRetention {

  static final Duration INTERVAL = Duration.ofDays(1);
  private static final Logger LOG = Logger.getLogger(LogRetention.class.getName());

  @Inject ExecutorConfig config;
  @Inject RunLogs logs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tempora.data-dir")
  String dataDir;

  @Resource ManagedScheduledExecutorService scheduler;

  private volatile ScheduledFuture<?> checks;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    RemoveOldLogs oldLogs = new RemoveOldLogs(config.logsDir(), config.logRetention(), clock, logs::growingDays, logs::closeDay);
    RemoveOldGlue oldGlue = new RemoveOldGlue(Path.of(dataDir, "executor", "glue"), clock);
    checks = scheduler.scheduleAtFixedRate(() -> removeOld(oldLogs, oldGlue), 0, INTERVAL.toMinutes(), TimeUnit.MINUTES);
  }

  private void removeOld(RemoveOldLogs oldLogs, RemoveOldGlue oldGlue) {
    try {
      int days = oldLogs.run();
      int glue = oldGlue.run();
      LOG.info(() -> "removed " + days + " day folders of run logs older than " + config.logRetention()
          + " and " + glue + " superseded glue files; next check in " + INTERVAL);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "old run logs and glue files not removed; will try again in " + INTERVAL, e);
    }
  }

  @PreDestroy
  void stop() {
    if (checks != null) {
      checks.cancel(false);
    }
  }
}
