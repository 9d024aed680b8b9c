package io.tempora.executor.log;

import io.tempora.handler.RunLog;
import io.tempora.protocol.LogPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of a run from the moment it is queued. Most runs are short and say little, so their lines
 * stay in memory and, once the run ends, go into the day's store with thousands of others instead of
 * costing a file each. A log that outgrows {@link #MEMORY_LIMIT} bytes, or whose run is still going
 * after a while, moves to a file of its own and continues there: long runs' logs are on disk while
 * they run, and the memory held is bounded by the runs running at once, not by the runs queued.
 */
final class LiveRunLog implements RunLog {

  static final int MEMORY_LIMIT = 16 * 1024;
  private static final Logger LOG = Logger.getLogger(LiveRunLog.class.getName());

  private final long logId;
  private final LocalDate day;
  private final Path logsDir;
  private final Clock clock;
  private ByteArrayOutputStream memory;
  private RunLogFile spilled;
  private boolean cannotSpill;
  private boolean ended;
  private long firstLineNanos;

  LiveRunLog(long logId, LocalDate day, Path logsDir, Clock clock) {
    this.logId = logId;
    this.day = day;
    this.logsDir = logsDir;
    this.clock = clock;
  }

  /** Where the log of a long run goes; made only then, a queued run holds no more than it must. */
  static Path fileOf(Path logsDir, LocalDate day, long logId) {
    return logsDir.resolve(day.toString()).resolve(logId + ".log");
  }

  long logId() {
    return logId;
  }

  LocalDate day() {
    return day;
  }

  /** Lines a killed handler writes after its run has ended are dropped: the log said how it ended. */
  @Override
  public synchronized void log(String message) {
    if (!ended) {
      append(RunLogFile.line(clock, message));
    }
  }

  private void append(byte[] line) {
    if (spilled != null) {
      spilled.write(line);
      return;
    }
    if (memory == null) {
      memory = new ByteArrayOutputStream(Math.max(256, line.length));
      firstLineNanos = System.nanoTime();
    }
    if (cannotSpill && memory.size() > 4 * MEMORY_LIMIT) {
      return; // said once when the file failed; the run must not fill the heap with it
    }
    memory.writeBytes(line);
    if (memory.size() > MEMORY_LIMIT) {
      spill();
    }
  }

  /** Moves the log of a run that has been writing for longer than {@code age} to its own file. */
  synchronized void spillIfOlderThan(Duration age) {
    if (!ended && spilled == null && memory != null && !cannotSpill && System.nanoTime() - firstLineNanos > age.toNanos()) {
      spill();
    }
  }

  private void spill() {
    if (cannotSpill) {
      return;
    }
    Path file = fileOf(logsDir, day, logId);
    try {
      spilled = RunLogFile.append(file, clock);
      spilled.write(memory.toByteArray());
      memory = null;
    } catch (UncheckedIOException e) {
      cannotSpill = true;
      LOG.log(Level.WARNING, "cannot move the log of run " + logId + " to " + file + "; it stays in memory and lines"
          + " beyond " + 4 * MEMORY_LIMIT + " bytes are lost", e);
    }
  }

  /**
   * Writes the last line and ends the log.
   *
   * @return the whole log when it is still in memory (to be stored), empty when it is in its own file
   */
  synchronized Optional<byte[]> end(String lastLine) {
    if (ended) {
      return Optional.empty();
    }
    append(RunLogFile.line(clock, lastLine));
    ended = true;
    if (spilled != null) {
      spilled.close();
      return Optional.empty();
    }
    return Optional.of(memory.toByteArray());
  }

  /** A page of what was written so far; the page ends the log once the run has ended. */
  LogPage read(int fromLine, LogPager pager) throws IOException {
    byte[] inMemory;
    boolean finished;
    synchronized (this) {
      finished = ended;
      inMemory = spilled != null ? null : memory == null ? new byte[0] : memory.toByteArray();
    }
    // a file is read outside the lock so that a reader never holds up the run writing it
    return inMemory != null
        ? LogPager.read(inMemory, fromLine, finished)
        : pager.read(fileOf(logsDir, day, logId), fromLine, finished);
  }
}
