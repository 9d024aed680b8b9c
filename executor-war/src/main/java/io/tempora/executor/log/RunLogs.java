package io.tempora.executor.log;

import io.tempora.executor.platform.ExecutorConfig;
import io.tempora.handler.RunLog;
import io.tempora.protocol.LogPage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Where run logs live. A run's log is live from the moment the run is queued until it ends (see
 * {@link LiveRunLog}); an ended log is in its day's store ({@code <logs-dir>/<yyyy-MM-dd of the
 * fire, UTC>/runs.mvstore}) or, for long and talkative runs, in its own file
 * ({@code <logs-dir>/<day>/<run id>.log}). A reader is told a log has reached its end only once the run
 * has ended.
 */
@ApplicationScoped
public class RunLogs {

  /** A run still writing after this gets a file of its own, so a long run's log is on disk while it runs. */
  static final Duration MEMORY_FOR = Duration.ofSeconds(2);
  private static final Duration STORE_IDLE = Duration.ofMinutes(10);
  private static final Logger LOG = Logger.getLogger(RunLogs.class.getName());
  private static final RunLog ALREADY_ENDED = message -> { };

  @Inject ExecutorConfig config;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  private final LogPager pager = new LogPager();
  private final Map<Long, LiveRunLog> live = new ConcurrentHashMap<>();
  private Path logsDir;
  private Duration memoryFor = MEMORY_FOR;
  private DayLogStores stores;
  private ScheduledFuture<?> upkeep;

  public RunLogs() {}

  /** Outside the container: nothing runs {@link #upkeep} but the caller. */
  RunLogs(Path logsDir, Clock clock, Duration memoryFor) {
    this.clock = clock;
    this.memoryFor = memoryFor;
    this.logsDir = logsDir;
    this.stores = new DayLogStores(logsDir);
  }

  @PostConstruct
  void open() {
    logsDir = config.logsDir();
    stores = new DayLogStores(logsDir);
    upkeep = scheduler.scheduleWithFixedDelay(this::upkeep, 1, 1, TimeUnit.SECONDS);
  }

  /** The run was queued: its log exists from now on, empty until the run writes. */
  public void growing(long logDateTime, long logId) {
    live.computeIfAbsent(logId, id -> new LiveRunLog(id, dayOf(logDateTime), logsDir, clock));
  }

  /** The log the run's handler writes; lines of a run that has ended already are dropped. */
  public RunLog open(long logId) {
    RunLog log = live.get(logId);
    return log != null ? log : ALREADY_ENDED;
  }

  /** The run was refused after all: it wrote nothing and has no log. */
  public void discard(long logId) {
    live.remove(logId);
  }

  /** Ends the run's log with {@code lastLine} and stores it. */
  public void ended(long logId, String lastLine) {
    LiveRunLog log = live.get(logId);
    if (log == null) {
      return;
    }
    log.end(lastLine).ifPresent(lines -> store(log, lines));
    live.remove(logId);
  }

  private void store(LiveRunLog log, byte[] lines) {
    try {
      stores.forWriting(log.day()).put(log.logId(), lines);
    } catch (RuntimeException e) {
      Path file = fileOf(log.day(), log.logId());
      LOG.log(Level.WARNING, "cannot store the log of run " + log.logId() + " in its day's store; writing " + file
          + " instead", e);
      try (RunLogFile own = RunLogFile.append(file, clock)) {
        own.write(lines);
      } catch (RuntimeException alsoFailed) {
        LOG.log(Level.SEVERE, "the log of run " + log.logId() + " is lost", alsoFailed);
      }
    }
  }

  /** The day folders that hold a live log; old-log removal leaves them alone. */
  public Set<LocalDate> growingDays() {
    return live.values().stream().map(LiveRunLog::day).collect(Collectors.toSet());
  }

  /** Closes the day's store before old-log removal deletes its folder. */
  public void closeDay(LocalDate day) {
    stores.close(day);
  }

  public LogPage read(long logDateTime, long logId, int fromLineNum) throws IOException {
    int fromLine = Math.max(1, fromLineNum);
    LiveRunLog log = live.get(logId);
    if (log != null) {
      return log.read(fromLine, pager);
    }
    LocalDate day = dayOf(logDateTime);
    Optional<byte[]> stored = stores.forReading(day).flatMap(store -> store.get(logId));
    if (stored.isPresent()) {
      return LogPager.read(stored.get(), fromLine, true);
    }
    Path file = fileOf(logDateTime, logId);
    if (Files.isRegularFile(file)) {
      return pager.read(file, fromLine, true);
    }
    return new LogPage(fromLine, fromLine - 1, "log file not found for run " + logId + " of " + day, true);
  }

  /** Moves long runs' logs to files, writes the stores, closes idle ones; once a second. */
  void upkeep() {
    try {
      live.values().forEach(log -> log.spillIfOlderThan(memoryFor));
      stores.commitAll();
      stores.closeIdle(STORE_IDLE);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "run log upkeep failed; will try again in a second", e);
    }
  }

  @PreDestroy
  void close() {
    if (upkeep != null) {
      upkeep.cancel(false);
    }
    stores.close();
  }

  private Path fileOf(long logDateTime, long logId) {
    return fileOf(dayOf(logDateTime), logId);
  }

  private Path fileOf(LocalDate day, long logId) {
    return LiveRunLog.fileOf(logsDir, day, logId);
  }

  private static LocalDate dayOf(long logDateTime) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(logDateTime), ZoneOffset.UTC);
  }
}
