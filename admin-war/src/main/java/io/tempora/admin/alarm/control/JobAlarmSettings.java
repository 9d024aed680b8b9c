package io.tempora.admin.alarm.control;

import io.tempora.admin.alarm.entity.AlarmDefinition;
import io.tempora.admin.alarm.entity.JobAlarms;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.ResourceNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and replaces jobs' alarm settings. */
@ApplicationScoped
public class JobAlarmSettings {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The settings of the job, empty when it has none; 404 for a job that does not exist. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<JobAlarms> of(long jobId) {
    requireJob(jobId, LockModeType.NONE);
    return Optional.ofNullable(em.find(JobAlarms.class, jobId));
  }

  /** The settings of those of {@code jobIds} that have any, in one query. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, JobAlarms> of(Collection<Long> jobIds) {
    return em.createQuery("select distinct a from JobAlarms a left join fetch a.emails left join fetch a.events"
            + " where a.jobId in :ids", JobAlarms.class)
        .setParameter("ids", jobIds)
        .getResultStream()
        .collect(Collectors.toMap(JobAlarms::jobId, Function.identity()));
  }

  /** Replaces the job's settings; the job's row lock orders this against a concurrent delete of the job. */
  @Transactional
  public JobAlarms replace(long jobId, AlarmDefinition definition) {
    requireJob(jobId, LockModeType.PESSIMISTIC_WRITE);
    JobAlarms alarms = em.find(JobAlarms.class, jobId);
    if (alarms == null) {
      alarms = new JobAlarms(jobId);
      alarms.define(definition, clock.instant());
      em.persist(alarms);
    } else {
      alarms.define(definition, clock.instant());
    }
    if (alarms.lacksWebhookSecret()) {
      throw new InvalidField("webhookSecret", "is required with a webhookUrl (16 to 200 characters; it is never shown again)");
    }
    return alarms;
  }

  private void requireJob(long jobId, LockModeType lock) {
    if (em.find(Job.class, jobId, lock) == null) {
      throw new ResourceNotFound("job", jobId);
    }
  }
}
