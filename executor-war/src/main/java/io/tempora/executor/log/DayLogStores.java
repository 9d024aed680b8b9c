package io.tempora.executor.log;

import io.tempora.executor.platform.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open day stores ({@code <logs-dir>/<day>/runs.mvstore}). A day's store is opened when a log is
 * stored into it or read from it, and closed when it has not been used for a while: usually only
 * today's is open.
 */
final class DayLogStores implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DayLogStores.class.getName());

  private final Path logsDir;
  private final Map<LocalDate, DayLogStore> open = new ConcurrentHashMap<>();
  private volatile boolean closed;

  DayLogStores(Path logsDir) {
    this.logsDir = logsDir;
  }

  /** @throws IllegalStateException once closed: a log ended during the shutdown goes to a file instead */
  DayLogStore forWriting(LocalDate day) {
    if (closed) {
      throw new IllegalStateException("the run log stores are closed");
    }
    return open.computeIfAbsent(day, this::openOrCreate);
  }

  /** The day's store if it exists; reading never creates one. */
  Optional<DayLogStore> forReading(LocalDate day) {
    DayLogStore store = open.get(day);
    if (store != null) {
      return Optional.of(store);
    }
    if (!Files.isRegularFile(folderOf(day).resolve(DayLogStore.FILE_NAME))) {
      return Optional.empty();
    }
    return Optional.of(forWriting(day));
  }

  /** Writes what each open store holds only in memory; called about once a second. */
  void commitAll() {
    open.forEach((day, store) -> {
      try {
        store.commit();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cannot write the run logs store " + store.file() + "; will try again", e);
      }
    });
  }

  /** Closes the stores not used for {@code idle}. */
  void closeIdle(Duration idle) {
    open.forEach((day, store) -> {
      if (store.idleNanos() > idle.toNanos()) {
        close(day);
      }
    });
  }

  /** Closes the day's store, if open (before its folder is deleted). */
  void close(LocalDate day) {
    DayLogStore store = open.remove(day);
    if (store != null) {
      try {
        store.close();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cannot close the run logs store " + store.file(), e);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    open.keySet().forEach(this::close);
  }

  Path folderOf(LocalDate day) {
    return logsDir.resolve(day.toString());
  }

  private DayLogStore openOrCreate(LocalDate day) {
    Path folder = folderOf(day);
    try {
      OwnerOnly.folder(folder.getParent());
      OwnerOnly.folder(folder);
      DayLogStore store = DayLogStore.open(folder);
      OwnerOnly.file(folder.resolve(DayLogStore.FILE_NAME));
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the run logs folder " + folder, e);
    }
  }
}
