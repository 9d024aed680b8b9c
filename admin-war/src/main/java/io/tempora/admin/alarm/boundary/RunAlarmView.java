package io.tempora.admin.alarm.boundary;

import io.tempora.admin.alarm.entity.AlarmChannel;
import io.tempora.admin.alarm.entity.AlarmEvent;
import io.tempora.admin.alarm.entity.AlarmStatus;
import io.tempora.admin.alarm.entity.RunAlarm;
import java.time.Instant;

public record RunAlarmView(
    long id,
    long runId,
    AlarmEvent event,
    AlarmChannel channel,
    String target,
    AlarmStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt) {

  static RunAlarmView of(RunAlarm alarm) {
    return new RunAlarmView(alarm.id(), alarm.runId(), alarm.event(), alarm.channel(), alarm.target(), alarm.status(),
        alarm.attempts(), alarm.lastError(), alarm.createdAt(), alarm.nextAttemptAt(), alarm.sentAt());
  }
}
