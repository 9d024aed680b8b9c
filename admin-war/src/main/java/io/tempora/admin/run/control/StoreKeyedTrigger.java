package io.tempora.admin.run.control;

import io.tempora.admin.group.control.ExecutorAddresses;
import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.platform.ResourceNotFound;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One trigger with an Idempotency-Key, in a transaction of its own: the key's row and the run are
 * stored together, and the key's primary key refuses a second run for it even when two requests race.
 */
@ApplicationScoped
public class StoreKeyedTrigger {

  /** How long a key answers with its first run. */
  public static final Duration KEPT_FOR = Duration.ofHours(24);

  @PersistenceContext EntityManager em;
  @Inject JobTargets targets;
  @Inject RunPlanner planner;
  @Inject ExecutorAddresses addresses;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Triggered store(long jobId, String key, String paramsOverride, String addressOverride) {
    Instant now = clock.instant();
    Optional<Long> first = firstRun(jobId, key, now);
    if (first.isPresent()) {
      return new Triggered(first.get(), true);
    }
    JobSnapshot job = targets.jobs(List.of(jobId)).get(jobId);
    if (job == null) {
      throw new ResourceNotFound("job", jobId);
    }
    Optional<String> address = addresses.named(job.target(), addressOverride);
    String params = paramsOverride == null ? job.params() : paramsOverride;
    List<RunOrder> fire = planner.plan(job, TriggerType.MANUAL, now, params, address.orElse(null));
    em.flush();
    em.createNativeQuery("insert into trigger_key (job_id, idempotency_key, run_id, created_at) values (?1, ?2, ?3, ?4)")
        .setParameter(1, jobId)
        .setParameter(2, key)
        .setParameter(3, fire.get(0).runId())
        .setParameter(4, now.toEpochMilli())
        .executeUpdate();
    planner.announce(fire);
    return new Triggered(fire.get(0).runId(), false);
  }

  /** The run of a key stored by a request that won a race against this one. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Long> firstRun(long jobId, String key) {
    return firstRun(jobId, key, clock.instant());
  }

  /** The key's first run if the key is younger than {@link #KEPT_FOR}; an older key is forgotten. */
  private Optional<Long> firstRun(long jobId, String key, Instant now) {
    List<?> rows = em.createNativeQuery("select run_id, created_at from trigger_key where job_id = ?1 and idempotency_key = ?2")
        .setParameter(1, jobId)
        .setParameter(2, key)
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    if (((Number) row[1]).longValue() > now.minus(KEPT_FOR).toEpochMilli()) {
      return Optional.of(((Number) row[0]).longValue());
    }
    em.createNativeQuery("delete from trigger_key where job_id = ?1 and idempotency_key = ?2")
        .setParameter(1, jobId)
        .setParameter(2, key)
        .executeUpdate();
    return Optional.empty();
  }
}
