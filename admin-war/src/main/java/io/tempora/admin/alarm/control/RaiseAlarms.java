package io.tempora.admin.alarm.control;

import io.tempora.admin.alarm.entity.AlarmChannel;
import io.tempora.admin.alarm.entity.AlarmEvent;
import io.tempora.admin.alarm.entity.JobAlarms;
import io.tempora.admin.alarm.entity.RunAlarm;
import io.tempora.admin.run.control.RunsEnded;
import io.tempora.admin.run.entity.Run;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Stores the alarms that runs' ends raise, in the transaction that records the ends: an alarm is
 * never lost between the two, and nothing is sent here, so a slow mail server cannot hold up a
 * callback or a claim. A batch without a failure costs nothing; one with failures one query.
 */
@ApplicationScoped
public class RaiseAlarms {

  @PersistenceContext EntityManager em;
  @Inject JobAlarmSettings settings;
  @Inject SmtpSettings smtp;
  @Inject Clock clock;

  public void raise(@Observes @Priority(RunsEnded.ALARM) RunsEnded ended) {
    List<Run> alarming = ended.runs().stream().filter(run -> AlarmEvent.of(run.status()).isPresent()).toList();
    if (alarming.isEmpty()) {
      return;
    }
    Map<Long, JobAlarms> alarms = settings.of(alarming.stream().map(Run::jobId).distinct().toList());
    Instant now = clock.instant();
    for (Run run : alarming) {
      JobAlarms job = alarms.get(run.jobId());
      AlarmEvent event = AlarmEvent.of(run.status()).orElseThrow();
      if (job != null && job.raisesOn(event)) {
        store(run, event, job, now);
      }
    }
  }

  private void store(Run run, AlarmEvent event, JobAlarms job, Instant now) {
    for (String address : job.emails()) {
      em.persist(smtp.configured()
          ? RunAlarm.pending(run, event, AlarmChannel.EMAIL, address, now)
          : RunAlarm.notSent(run, event, AlarmChannel.EMAIL, address, SmtpSettings.NOT_CONFIGURED, now));
    }
    if (job.webhookUrl() != null) {
      em.persist(RunAlarm.pending(run, event, AlarmChannel.WEBHOOK, job.webhookUrl(), now));
    }
  }
}
