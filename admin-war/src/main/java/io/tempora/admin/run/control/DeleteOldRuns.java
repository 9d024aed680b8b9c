package io.tempora.admin.run.control;

import io.tempora.admin.job.entity.Retention;
import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps of a retention sweep, each in a short transaction of its own. Runs go as whole fires (a
 * run with its retries and shards), and only when every run of the fire is final and past the job's
 * retention, so no kept run points at a deleted one through retryOf or fireId; a child job's run that
 * named a deleted parent run keeps its trigger type and loses the link.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeleteOldRuns {

  /** Runs examined, and at most about as many deleted, per transaction. */
  static final int BATCH = 1000;
  static final List<RunStatus> FINAL = Arrays.stream(RunStatus.values()).filter(RunStatus::isFinal).toList();

  /** A run past retention: final, and beyond the newest count runs or ended before the cut-off. */
  private static final String EXPIRED = "(%1$s.finishedAt is not null and %1$s.status in :final"
      + " and (%1$s.id < :boundary or %1$s.finishedAt < :cutoff))";

  public record Batch(int examined, int deleted, long lastId) {}

  /**
   * Where a job's retention cuts, fixed for one sweep: runs below id {@code boundary} are beyond the
   * newest count (0: none is), runs that ended before {@code cutoff} are too old (the epoch: none is).
   */
  public record Bounds(long boundary, Instant cutoff) {}

  @PersistenceContext EntityManager em;
  @Inject AdminNode node;
  @Inject Clock clock;

  /** Whether this node sweeps now: one node per interval wins the conditional update, the others skip. */
  public boolean claim(Duration every) {
    Instant now = clock.instant();
    return em.createNativeQuery("update run_retention_sweep set next_at = ?1, node = ?2 where id = 1 and next_at <= ?3")
        .setParameter(1, now.plus(every).toEpochMilli())
        .setParameter(2, node.id())
        .setParameter(3, now.toEpochMilli())
        .executeUpdate() == 1;
  }

  /** The jobs that keep less than all their runs, with how much they keep. */
  public Map<Long, Retention> jobsWithRetention() {
    return em.createQuery("select j.id, j.retentionDays, j.retentionCount from Job j"
            + " where j.retentionDays is not null or j.retentionCount is not null", Object[].class)
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> new Retention((Integer) row[1], (Integer) row[2])));
  }

  public Bounds bounds(long jobId, Retention retention) {
    Instant cutoff = retention.days() == null ? Instant.EPOCH : clock.instant().minus(Duration.ofDays(retention.days()));
    return new Bounds(boundary(jobId, retention.count()), cutoff);
  }

  /** Deletes the expired fires among the job's next {@link #BATCH} expired runs after run {@code afterId}. */
  public Batch deleteBatch(long jobId, Bounds bounds, long afterId) {
    long boundary = bounds.boundary();
    Instant cutoff = bounds.cutoff();
    List<Object[]> expired = bind(em.createQuery("select r.id, r.fireOf from Run r where r.jobId = :job and r.id > :after"
            + " and " + EXPIRED.formatted("r") + " order by r.id", Object[].class), boundary, cutoff)
        .setParameter("job", jobId)
        .setParameter("after", afterId)
        .setMaxResults(BATCH)
        .getResultList();
    if (expired.isEmpty()) {
      return new Batch(0, 0, afterId);
    }
    long lastId = (Long) expired.get(expired.size() - 1)[0];
    Set<Long> fires = expired.stream().map(row -> row[1] != null ? (Long) row[1] : (Long) row[0]).collect(Collectors.toCollection(HashSet::new));
    fires.removeAll(bind(em.createQuery("select distinct coalesce(o.fireOf, o.id) from Run o"
            + " where (o.id in :fires or o.fireOf in :fires) and not " + EXPIRED.formatted("o"), Long.class), boundary, cutoff)
        .setParameter("fires", fires)
        .getResultList());
    if (fires.isEmpty()) {
      return new Batch(expired.size(), 0, lastId);
    }
    List<Long> runs = em.createQuery("select o.id from Run o where o.id in :fires or o.fireOf in :fires", Long.class)
        .setParameter("fires", fires)
        .getResultList();
    em.createQuery("update Run r set r.parentRunId = null where r.parentRunId in :runs").setParameter("runs", runs).executeUpdate();
    em.createNativeQuery("delete from trigger_key where run_id in (?1)").setParameter(1, runs).executeUpdate();
    int deleted = em.createQuery("delete from Run r where r.id in :runs").setParameter("runs", runs).executeUpdate();
    return new Batch(expired.size(), deleted, lastId);
  }

  /** Runs below this id are beyond the newest {@code count}; 0 when the job has no more than that. */
  private long boundary(long jobId, Integer count) {
    if (count == null) {
      return 0;
    }
    List<Long> newest = em.createQuery("select r.id from Run r where r.jobId = :job order by r.id desc", Long.class)
        .setParameter("job", jobId)
        .setFirstResult(count - 1)
        .setMaxResults(1)
        .getResultList();
    return newest.isEmpty() ? 0 : newest.get(0);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, long boundary, Instant cutoff) {
    return query.setParameter("final", FINAL).setParameter("boundary", boundary).setParameter("cutoff", cutoff);
  }
}
