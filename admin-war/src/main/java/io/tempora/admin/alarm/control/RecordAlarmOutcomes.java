package io.tempora.admin.alarm.control;

import io.tempora.admin.alarm.entity.RunAlarm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records attempts' outcomes. Only the claim's holder writes: an alarm whose lease ran out was taken
 * by another sender (it was then sent twice: alarms are delivered at least once), or it went with its
 * run, and this outcome is dropped.
 */
@ApplicationScoped
class RecordAlarmOutcomes {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void record(List<AlarmOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Map<Long, RunAlarm> alarms = em.createQuery("select a from RunAlarm a where a.id in :ids order by a.id", RunAlarm.class)
        .setParameter("ids", outcomes.stream().map(AlarmOutcome::alarmId).toList())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().collect(Collectors.toMap(RunAlarm::id, Function.identity()));
    for (AlarmOutcome outcome : outcomes) {
      RunAlarm alarm = alarms.get(outcome.alarmId());
      if (alarm == null || !alarm.heldBy(outcome.claim())) {
        continue;
      }
      if (outcome.error() == null) {
        alarm.delivered(now);
      } else {
        alarm.notDelivered(outcome.error(), now);
      }
    }
  }
}
