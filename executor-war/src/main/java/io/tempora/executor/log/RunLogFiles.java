package io.tempora.executor.log;

import io.tempora.executor.platform.ExecutorConfig;
import io.tempora.protocol.LogPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where run logs live ({@code <logs-dir>/<yyyy-MM-dd of the fire, UTC>/<run id>.log}) and which of
 * them are still growing: a run's log is growing from the moment the run is queued until it ends, and
 * only then may a reader be told it has reached the end.
 */
@ApplicationScoped
public class RunLogFiles {

  private static final Logger LOG = Logger.getLogger(RunLogFiles.class.getName());

  @Inject ExecutorConfig config;
  @Inject Clock clock;

  private final LogPager pager = new LogPager();
  private final Map<Long, LocalDate> growing = new ConcurrentHashMap<>();

  public void growing(long logDateTime, long logId) {
    growing.put(logId, dayOf(logDateTime));
  }

  /** The day folders that hold a growing log; old-log removal leaves them alone. */
  public Set<LocalDate> growingDays() {
    return Set.copyOf(growing.values());
  }

  public void ended(long logId) {
    growing.remove(logId);
  }

  public RunLogFile open(long logDateTime, long logId) {
    return RunLogFile.append(fileOf(logDateTime, logId), clock);
  }

  /** Adds one line after the run's own writer may be gone (a run ended by a kill or a timeout). */
  public void append(long logDateTime, long logId, String line) {
    try (RunLogFile log = open(logDateTime, logId)) {
      log.log(line);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot append to the log of run " + logId + "; the line is lost: " + line, e);
    }
  }

  public LogPage read(long logDateTime, long logId, int fromLineNum) throws IOException {
    int fromLine = Math.max(1, fromLineNum);
    Path file = fileOf(logDateTime, logId);
    boolean stillGrowing = growing.containsKey(logId);
    if (!Files.isRegularFile(file)) {
      String content = stillGrowing ? "" : "log file not found for run " + logId + " of " + dayOf(logDateTime);
      return new LogPage(fromLine, fromLine - 1, content, !stillGrowing);
    }
    return pager.read(file, fromLine, !stillGrowing);
  }

  Path fileOf(long logDateTime, long logId) {
    return config.logsDir().resolve(dayOf(logDateTime).toString()).resolve(logId + ".log");
  }

  private static LocalDate dayOf(long logDateTime) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(logDateTime), ZoneOffset.UTC);
  }
}
