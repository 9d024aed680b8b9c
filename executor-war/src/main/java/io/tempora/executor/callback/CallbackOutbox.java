package io.tempora.executor.callback;

import io.tempora.protocol.CallbackResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Results on their way to an admin. {@link #add} only queues a result, so the run's thread never waits
 * for the disk; {@link #spoolArrived} writes everything that arrived since its last call as one group
 * (one file, one fsync), and only a result on disk is handed out by {@link #next}. Under load more
 * results arrive during each fsync and each send, so groups and batches grow with the load by
 * themselves, while a lone result goes out after one fsync. A result leaves only through
 * {@link #delivered}, after an admin accepted it, so nothing unacknowledged is dropped. Should the disk
 * refuse a write, the results stay in memory, said loudly, and are still sent. However long no admin
 * accepts, memory holds only the next few batches ({@link SpoolWindow}) and the ids of the waiting runs
 * as a compressed bitmap ({@link HeldRuns}); the rest waits on disk.
 */
public final class CallbackOutbox {

  /** The most results in one spool file and in one callback request. */
  public static final int MAX_BATCH = 1000;

  private static final Logger LOG = Logger.getLogger(CallbackOutbox.class.getName());

  private final CallbackSpool spool;
  private final SpoolWindow pending;
  private final HeldRuns held = new HeldRuns();
  private final List<CallbackResult> arriving = new ArrayList<>();
  private final Object writing = new Object();
  private final Semaphore arrivals = new Semaphore(0);
  private final Semaphore spooled = new Semaphore(0);
  private volatile boolean writeThrough;
  private long nextSequence;

  CallbackOutbox(CallbackSpool spool) {
    this.spool = spool;
    this.pending = new SpoolWindow(spool);
    recover();
    nextSequence = Math.max(1, pending.lastOnDisk() + 1);
    if (!pending.isEmpty()) {
      LOG.info(() -> pending() + " run results found in the spool " + spool.dir() + "; sending them now");
    }
  }

  /** Queues a result for the next group write; once {@link #writeThrough()} was called, writes it before returning. */
  public void add(CallbackResult result) {
    held.add(result.logId());
    synchronized (arriving) {
      arriving.add(result);
    }
    arrivals.release();
    if (writeThrough) {
      spoolArrived();
    }
  }

  /**
   * From now on {@link #add} writes each result itself: at shutdown, when no writer thread is left,
   * the results of the runs stopped last must still reach the disk.
   */
  void writeThrough() {
    writeThrough = true;
    spoolArrived();
  }

  /** Writes everything that arrived as one group (in files of at most {@link #MAX_BATCH}). @return how many */
  int spoolArrived() {
    synchronized (writing) {
      List<CallbackResult> group;
      synchronized (arriving) {
        group = List.copyOf(arriving);
        arriving.clear();
      }
      for (int from = 0; from < group.size(); from += MAX_BATCH) {
        List<CallbackResult> chunk = group.subList(from, Math.min(group.size(), from + MAX_BATCH));
        long sequence = nextSequence++;
        pending.add(spool(sequence, chunk));
      }
      if (!group.isEmpty()) {
        spooled.release();
      }
      return group.size();
    }
  }

  /** Waits up to {@code max} for results to write; true when some arrived. */
  boolean awaitArrivals(Duration max) throws InterruptedException {
    arrivals.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
    arrivals.drainPermits();
    synchronized (arriving) {
      return !arriving.isEmpty();
    }
  }

  /** The oldest pending results on disk, whole groups, at most {@link #MAX_BATCH}. */
  Optional<Batch> next() {
    List<SpooledResults> taken = pending.next(MAX_BATCH);
    return taken.isEmpty() ? Optional.empty() : Optional.of(new Batch(taken));
  }

  /** Forgets a batch an admin accepted, deleting its files. */
  void delivered(Batch batch) {
    for (SpooledResults group : batch.groups()) {
      try {
        spool.delete(group);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "could not delete delivered spool file " + group.file().orElseThrow()
            + "; its results will be sent again after a restart and the admin ignores the repeat", e);
      }
      pending.remove(group);
      group.results().forEach(result -> held.remove(result.logId()));
    }
  }

  /** Whether the result of run {@code logId} is here, not yet accepted by an admin (also after a restart). */
  public boolean holds(long logId) {
    return held.contains(logId);
  }

  /** Waits up to {@code max} for something to send; true when there is. */
  boolean awaitPending(Duration max) throws InterruptedException {
    if (!pending.isEmpty()) {
      return true;
    }
    spooled.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
    spooled.drainPermits();
    return !pending.isEmpty();
  }

  /** Results no admin has accepted yet, including those not yet written and those waiting on disk only. */
  public long pending() {
    return waitingForTheDisk() + pending.results();
  }

  /** Of those, the ones the disk refused or has not got yet, which a stop of this process would lose. */
  public int onlyInMemory() {
    return waitingForTheDisk() + pending.onlyInMemory();
  }

  /** Results held in memory, whether or not they are also on disk: what the window bounds. */
  int inMemory() {
    return waitingForTheDisk() + pending.inMemory();
  }

  /** The ids of the runs whose results wait here, as {@link #holds} knows them. */
  HeldRuns held() {
    return held;
  }

  private int waitingForTheDisk() {
    synchronized (arriving) {
      return arriving.size();
    }
  }

  private SpooledResults spool(long sequence, List<CallbackResult> chunk) {
    try {
      return spool.write(sequence, chunk);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "could not write " + chunk.size() + " run results to the spool " + spool.dir()
          + "; they are kept in memory only and are lost if this executor stops before an admin accepts them", e);
      return SpooledResults.inMemory(sequence, chunk);
    }
  }

  /** Counts what an earlier process left and notes its runs as held; the results are read again when due. */
  private void recover() {
    try {
      spool.recover(group -> {
        group.results().forEach(result -> held.add(result.logId()));
        pending.leftOnDisk(group);
      });
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "cannot read the spool " + spool.dir() + "; results left there by an earlier run are not"
          + " sent until a restart can read it", e);
    }
  }

  /** Results sent in one request. */
  record Batch(List<SpooledResults> groups) {

    List<CallbackResult> results() {
      return groups.stream().flatMap(group -> group.results().stream()).toList();
    }
  }
}
