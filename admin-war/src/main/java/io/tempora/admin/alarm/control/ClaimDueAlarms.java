package io.tempora.admin.alarm.control;

import io.tempora.admin.alarm.entity.AlarmChannel;
import io.tempora.admin.alarm.entity.AlarmStatus;
import io.tempora.admin.alarm.entity.JobAlarms;
import io.tempora.admin.alarm.entity.RunAlarm;
import io.tempora.admin.run.control.RunLocks;
import io.tempora.admin.run.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Claims due alarms for this sender: rows other nodes hold are skipped (SKIP LOCKED), the claimed ones
 * get a token and a lease longer than any attempt takes, so no other node sends them meanwhile and a
 * node that dies while sending leaves them to another once the lease is over.
 */
@ApplicationScoped
public class ClaimDueAlarms {

  static final int BATCH = 20;
  static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;
  @Inject JobAlarmSettings settings;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Delivery> claim() {
    Instant now = clock.instant();
    List<RunAlarm> due = em.createQuery("select a from RunAlarm a where a.status = :pending and a.nextAttemptAt <= :now"
            + " order by a.nextAttemptAt", RunAlarm.class)
        .setParameter("pending", AlarmStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(BATCH)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(RunLocks.SKIP_LOCKED_HINT, RunLocks.SKIP_LOCKED)
        .getResultList();
    if (due.isEmpty()) {
      return List.of();
    }
    List<Long> jobIds = due.stream().map(RunAlarm::jobId).distinct().toList();
    Map<Long, Run> runs = em.createQuery("select r from Run r where r.id in :ids", Run.class)
        .setParameter("ids", due.stream().map(RunAlarm::runId).distinct().toList())
        .getResultStream().collect(Collectors.toMap(Run::id, Function.identity()));
    Map<Long, String> names = em.createQuery("select j.id, j.name from Job j where j.id in :ids", Object[].class)
        .setParameter("ids", jobIds)
        .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    Map<Long, JobAlarms> alarms = settings.of(jobIds);
    String token = UUID.randomUUID().toString();
    return due.stream().map(alarm -> {
      alarm.claim(token, now.plus(LEASE));
      JobAlarms job = alarms.get(alarm.jobId());
      String secret = alarm.channel() == AlarmChannel.WEBHOOK && job != null ? job.webhookSecret() : null;
      AlarmNotice notice = AlarmNotice.of(alarm.id(), alarm.event(), runs.get(alarm.runId()), names.get(alarm.jobId()));
      return new Delivery(token, alarm.channel(), alarm.target(), secret, notice);
    }).toList();
  }
}
