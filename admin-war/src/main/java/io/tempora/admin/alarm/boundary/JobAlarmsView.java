package io.tempora.admin.alarm.boundary;

import io.tempora.admin.alarm.entity.AlarmEvent;
import io.tempora.admin.alarm.entity.JobAlarms;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A job's alarm settings; the webhook secret is never shown, only whether one is set. */
public record JobAlarmsView(
    long jobId, List<String> emails, String webhookUrl, boolean webhookSecretSet, Set<AlarmEvent> events, Instant updatedAt) {

  static JobAlarmsView of(long jobId, Optional<JobAlarms> stored) {
    return stored
        .map(alarms -> new JobAlarmsView(jobId, alarms.emails(), alarms.webhookUrl(), alarms.webhookSecret() != null,
            new TreeSet<>(alarms.events()), alarms.updatedAt()))
        .orElseGet(() -> new JobAlarmsView(jobId, List.of(), null, false, new TreeSet<>(AlarmEvent.DEFAULTS), null));
  }
}
