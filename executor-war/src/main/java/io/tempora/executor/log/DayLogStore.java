package io.tempora.executor.log;

import java.nio.file.Path;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The ended runs' logs of one day in one file, keyed by run id: one append-only store (H2's MVStore)
 * instead of a small file per run, so 1M runs are one inode and their text compressed. Changes are
 * written by {@link #commit}, which the caller does about once a second, not per run; a crash loses
 * at most the logs stored since the last commit.
 */
final class DayLogStore implements AutoCloseable {

  static final String FILE_NAME = "runs.mvstore";

  private final Path file;
  private final MVStore store;
  private final MVMap<Long, byte[]> logs;
  private volatile long lastUsedNanos = System.nanoTime();

  private DayLogStore(Path file, MVStore store) {
    this.file = file;
    this.store = store;
    this.logs = store.openMap("logs");
  }

  /** Opens or creates the store in {@code dayFolder}, which must exist. */
  static DayLogStore open(Path dayFolder) {
    Path file = dayFolder.resolve(FILE_NAME);
    // no background writer of its own: commits come from the executor's managed scheduler
    MVStore store = new MVStore.Builder()
        .fileName(file.toString())
        .autoCommitDisabled()
        .compress()
        .cacheSize(4)
        .open();
    return new DayLogStore(file, store);
  }

  void put(long logId, byte[] log) {
    lastUsedNanos = System.nanoTime();
    logs.put(logId, log);
  }

  Optional<byte[]> get(long logId) {
    lastUsedNanos = System.nanoTime();
    return Optional.ofNullable(logs.get(logId));
  }

  void commit() {
    if (store.hasUnsavedChanges()) {
      store.commit();
    }
  }

  long idleNanos() {
    return System.nanoTime() - lastUsedNanos;
  }

  Path file() {
    return file;
  }

  @Override
  public void close() {
    store.close();
  }
}
