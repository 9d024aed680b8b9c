package io.tempora.executor.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Deletes the day folders of run logs older than the retention, except a day on which a run is still
 * running (its log is still being written and read). Days are UTC, like the folder names.
 */
public final class RemoveOldLogs {

  private static final Logger LOG = Logger.getLogger(RemoveOldLogs.class.getName());

  private final Path logsDir;
  private final Duration retention;
  private final Clock clock;
  private final Supplier<Set<LocalDate>> runningDays;
  private final Consumer<LocalDate> closing;

  /** @param closing called before a day's folder is deleted, to close what is open in it */
  public RemoveOldLogs(
      Path logsDir, Duration retention, Clock clock, Supplier<Set<LocalDate>> runningDays, Consumer<LocalDate> closing) {
    this.logsDir = logsDir;
    this.retention = retention;
    this.clock = clock;
    this.runningDays = runningDays;
    this.closing = closing;
  }

  /** @return how many day folders were deleted */
  public int run() {
    if (!Files.isDirectory(logsDir)) {
      return 0;
    }
    LocalDate oldestKept = LocalDate.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC);
    Set<LocalDate> running = runningDays.get();
    int removed = 0;
    try (DirectoryStream<Path> days = Files.newDirectoryStream(logsDir, Files::isDirectory)) {
      for (Path day : days) {
        LocalDate date = dayOf(day);
        if (date != null && date.isBefore(oldestKept) && !running.contains(date)) {
          closing.accept(date);
          removed += deleteTree(day) ? 1 : 0;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the logs directory " + logsDir, e);
    }
    return removed;
  }

  private static LocalDate dayOf(Path folder) {
    try {
      return LocalDate.parse(folder.getFileName().toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static boolean deleteTree(Path root) {
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
      return true;
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "cannot delete old run logs in " + root + "; will try again at the next check", e);
      return false;
    }
  }
}
