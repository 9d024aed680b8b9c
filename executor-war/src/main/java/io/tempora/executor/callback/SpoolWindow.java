package io.tempora.executor.callback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The spooled groups in delivery order, of which only the next few batches are kept in memory: while no
 * admin accepts, runs keep ending for as long as the outage lasts, and the spool holds their results
 * anyway. Groups beyond the window stay on disk, known only by their range of sequences and their
 * count, and are read back in order once the groups before them are delivered. Groups the disk refused
 * are always kept, since nothing could read them back.
 */
final class SpoolWindow {

  /** The most spooled results kept in memory. */
  static final int WINDOW = 4 * CallbackOutbox.MAX_BATCH;

  /** Below this many spooled results in memory the window is filled again from the disk. */
  private static final int REFILL_BELOW = 2 * CallbackOutbox.MAX_BATCH;

  private static final Logger LOG = Logger.getLogger(SpoolWindow.class.getName());

  private final CallbackSpool spool;
  private final ConcurrentSkipListMap<Long, SpooledResults> kept = new ConcurrentSkipListMap<>();
  private final AtomicInteger keptOnDisk = new AtomicInteger();
  private final Backlog backlog = new Backlog();

  SpoolWindow(CallbackSpool spool) {
    this.spool = spool;
  }

  /** Takes a group just spooled; it stays on disk only if groups are already waiting there or the window is full. */
  synchronized void add(SpooledResults group) {
    boolean onDisk = group.file().isPresent();
    if (onDisk && (!backlog.isEmpty() || keptOnDisk.get() + group.results().size() > WINDOW)) {
      backlog.add(group.sequence(), group.results().size());
    } else {
      keep(group);
    }
  }

  /** Counts a group found on disk at start; it is read again when its turn comes. */
  synchronized void leftOnDisk(SpooledResults group) {
    backlog.add(group.sequence(), group.results().size());
  }

  /** The oldest groups in order, whole, at most {@code max} results, reading from the disk what comes next. */
  List<SpooledResults> next(int max) {
    long sendableBefore;
    synchronized (this) {
      refillWhenLow();
      sendableBefore = backlog.first();
    }
    List<SpooledResults> taken = new ArrayList<>();
    int size = 0;
    for (SpooledResults group : kept.headMap(sendableBefore).values()) {
      if (size + group.results().size() > max) {
        break;
      }
      taken.add(group);
      size += group.results().size();
    }
    return taken;
  }

  void remove(SpooledResults group) {
    if (kept.remove(group.sequence()) != null && group.file().isPresent()) {
      keptOnDisk.addAndGet(-group.results().size());
    }
  }

  synchronized boolean isEmpty() {
    return kept.isEmpty() && backlog.isEmpty();
  }

  /** The highest sequence waiting on disk only; -1 when none does. */
  synchronized long lastOnDisk() {
    return backlog.isEmpty() ? -1 : backlog.last();
  }

  synchronized long results() {
    return inMemory() + backlog.results();
  }

  int inMemory() {
    return kept.values().stream().mapToInt(group -> group.results().size()).sum();
  }

  int onlyInMemory() {
    return kept.values().stream().filter(group -> group.file().isEmpty()).mapToInt(group -> group.results().size()).sum();
  }

  private void keep(SpooledResults group) {
    kept.put(group.sequence(), group);
    if (group.file().isPresent()) {
      keptOnDisk.addAndGet(group.results().size());
    }
  }

  private void refillWhenLow() {
    if (backlog.isEmpty() || keptOnDisk.get() >= REFILL_BELOW) {
      return;
    }
    List<Path> files;
    try {
      files = spool.files(backlog.first(), backlog.last(), WINDOW);
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "cannot list the spool " + spool.dir() + "; " + backlog.results()
          + " results waiting there are sent once it can be read again", e);
      return;
    }
    int read = 0;
    // a group holds at most MAX_BATCH results, so reading stops before the window could overflow
    while (read < files.size() && keptOnDisk.get() + CallbackOutbox.MAX_BATCH <= WINDOW) {
      Path file = files.get(read++);
      long sequence = CallbackSpool.sequence(file);
      spool.read(file).ifPresentOrElse(group -> {
        backlog.readBack(sequence, group.results().size());
        keep(group);
      }, () -> backlog.readBack(sequence, 0));
    }
    if (read == files.size() && files.size() < WINDOW) {
      backlog.clear();
    } else if (read < files.size()) {
      backlog.startAt(CallbackSpool.sequence(files.get(read)));
    }
  }

  /**
   * The groups left on disk: a range of sequences and how many groups and results lie in it. Every
   * spooled group in the range that is not kept in memory is on disk, so reading the range in order
   * continues the delivery order; newer groups join at its end.
   */
  private static final class Backlog {

    private long first = Long.MAX_VALUE;
    private long last = -1;
    private int groups;
    private long results;

    boolean isEmpty() {
      return groups == 0;
    }

    long first() {
      return first;
    }

    long last() {
      return last;
    }

    long results() {
      return results;
    }

    void add(long sequence, int size) {
      first = groups == 0 ? sequence : Math.min(first, sequence);
      last = Math.max(last, sequence);
      groups++;
      results += size;
    }

    /** A group read back into memory (size 0 for one the disk could not give back). */
    void readBack(long sequence, int size) {
      first = sequence + 1;
      groups--;
      results = Math.max(0, results - size);
      if (groups <= 0) {
        clear();
      }
    }

    void startAt(long sequence) {
      first = sequence;
    }

    /** Nothing is left in the range on disk, whatever the counts said (e.g. a file set aside as unreadable). */
    void clear() {
      first = Long.MAX_VALUE;
      last = -1;
      groups = 0;
      results = 0;
    }
  }
}
