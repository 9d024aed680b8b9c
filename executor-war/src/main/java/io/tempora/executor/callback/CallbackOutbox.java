package io.tempora.executor.callback;

import io.tempora.protocol.CallbackResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Results on their way to an admin. {@link #add} returns once the result is on disk: results that end
 * at the same moment share one write and one fsync (group commit). A result leaves only through
 * {@link #delivered}, after an admin accepted it, so nothing unacknowledged is dropped. Should the disk
 * refuse a write, the results stay in memory, said loudly, and are still sent.
 */
public final class CallbackOutbox {

  public static final int BATCH_SIZE = 50;

  private static final Logger LOG = Logger.getLogger(CallbackOutbox.class.getName());

  private final CallbackSpool spool;
  private final ConcurrentSkipListMap<Long, SpooledResults> pending = new ConcurrentSkipListMap<>();
  private final Set<Long> held = ConcurrentHashMap.newKeySet();
  private final List<CallbackResult> arriving = new ArrayList<>();
  private final Object writing = new Object();
  private final Semaphore arrivals = new Semaphore(0);
  private long arrived;
  private long written;
  private long nextSequence;

  CallbackOutbox(CallbackSpool spool) {
    this.spool = spool;
    List<SpooledResults> recovered = recover(spool);
    recovered.forEach(spooled -> {
      pending.put(spooled.sequence(), spooled);
      spooled.results().forEach(result -> held.add(result.logId()));
    });
    nextSequence = recovered.isEmpty() ? 1 : recovered.get(recovered.size() - 1).sequence() + 1;
    if (!recovered.isEmpty()) {
      LOG.info(() -> pending() + " run results found in the spool " + spool.dir() + "; sending them now");
    }
  }

  public void add(CallbackResult result) {
    held.add(result.logId());
    long ticket;
    synchronized (arriving) {
      arriving.add(result);
      ticket = ++arrived;
    }
    synchronized (writing) {
      if (written < ticket) {
        List<CallbackResult> group;
        synchronized (arriving) {
          group = List.copyOf(arriving);
          arriving.clear();
          written = arrived;
        }
        spoolInChunks(group);
      }
    }
    arrivals.release();
  }

  /** The oldest pending results, whole groups, at most {@link #BATCH_SIZE}. */
  Optional<Batch> next() {
    List<SpooledResults> taken = new ArrayList<>();
    int size = 0;
    for (SpooledResults spooled : pending.values()) {
      if (size + spooled.results().size() > BATCH_SIZE) {
        break;
      }
      taken.add(spooled);
      size += spooled.results().size();
    }
    return taken.isEmpty() ? Optional.empty() : Optional.of(new Batch(taken));
  }

  /** Forgets a batch an admin accepted, deleting its files. */
  void delivered(Batch batch) {
    for (SpooledResults spooled : batch.groups()) {
      try {
        spool.delete(spooled);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "could not delete delivered spool file " + spooled.file().orElseThrow()
            + "; its results will be sent again after a restart and the admin ignores the repeat", e);
      }
      pending.remove(spooled.sequence());
      spooled.results().forEach(result -> held.remove(result.logId()));
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
    arrivals.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
    arrivals.drainPermits();
    return !pending.isEmpty();
  }

  /** Results no admin has accepted yet. */
  public int pending() {
    return pending.values().stream().mapToInt(spooled -> spooled.results().size()).sum();
  }

  /** Of those, the ones the disk refused, which a stop of this process would lose. */
  public int onlyInMemory() {
    return pending.values().stream().filter(spooled -> spooled.file().isEmpty())
        .mapToInt(spooled -> spooled.results().size()).sum();
  }

  private void spoolInChunks(List<CallbackResult> group) {
    for (int from = 0; from < group.size(); from += BATCH_SIZE) {
      List<CallbackResult> chunk = group.subList(from, Math.min(group.size(), from + BATCH_SIZE));
      long sequence = nextSequence++;
      pending.put(sequence, spool(sequence, chunk));
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

  private static List<SpooledResults> recover(CallbackSpool spool) {
    try {
      return spool.recover();
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "cannot read the spool " + spool.dir() + "; results left there by an earlier run are not"
          + " sent until a restart can read it", e);
      return List.of();
    }
  }

  /** Results sent in one request. */
  record Batch(List<SpooledResults> groups) {

    List<CallbackResult> results() {
      return groups.stream().flatMap(spooled -> spooled.results().stream()).toList();
    }
  }
}
