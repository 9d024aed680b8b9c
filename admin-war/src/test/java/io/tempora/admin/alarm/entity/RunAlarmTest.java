package io.tempora.admin.alarm.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.TriggerType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunAlarmTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private static RunAlarm aPendingWebhookAlarm() {
    Run run = Run.scheduled(7, TriggerType.MANUAL, NOW, "p", "node-a", NOW.plusSeconds(30), NOW);
    return RunAlarm.pending(run, AlarmEvent.FAILED, AlarmChannel.WEBHOOK, "https://hooks.example.com/t", NOW);
  }

  @Test
  void aNewAlarmIsDueAtOnce() {
    RunAlarm alarm = aPendingWebhookAlarm();

    assertThat(alarm.status()).isEqualTo(AlarmStatus.PENDING);
    assertThat(alarm.nextAttemptAt()).isEqualTo(NOW);
    assertThat(alarm.attempts()).isZero();
    assertThat(alarm.jobId()).isEqualTo(7);
  }

  @Test
  void onlyTheHolderOfTheLatestClaimMayRecordAnOutcome() {
    RunAlarm alarm = aPendingWebhookAlarm();
    alarm.claim("first", NOW.plusSeconds(120));
    alarm.claim("second", NOW.plusSeconds(240));

    assertThat(alarm.heldBy("first")).isFalse();
    assertThat(alarm.heldBy("second")).isTrue();
    assertThat(alarm.nextAttemptAt()).isEqualTo(NOW.plusSeconds(240));
  }

  @Test
  void failedAttemptsAreRetriedAfterOneTwoFourEightSecondsThenGivenUp() {
    RunAlarm alarm = aPendingWebhookAlarm();
    Instant at = NOW;
    for (long wait : new long[] {1, 2, 4, 8}) {
      alarm.claim("c", at.plusSeconds(120));
      alarm.notDelivered("the webhook answered HTTP 503", at);
      assertThat(alarm.status()).isEqualTo(AlarmStatus.PENDING);
      assertThat(Duration.between(at, alarm.nextAttemptAt())).hasSeconds(wait);
      at = alarm.nextAttemptAt();
    }
    alarm.claim("c", at.plusSeconds(120));
    alarm.notDelivered("the webhook answered HTTP 503", at);

    assertThat(alarm.status()).isEqualTo(AlarmStatus.FAILED);
    assertThat(alarm.attempts()).isEqualTo(RunAlarm.MAX_ATTEMPTS);
    assertThat(alarm.nextAttemptAt()).isNull();
    assertThat(alarm.lastError()).isEqualTo("the webhook answered HTTP 503");
    assertThat(alarm.heldBy("c")).isFalse();
  }

  @Test
  void aDeliveredAlarmCountsItsAttemptsAndKeepsTheErrorThatCameBefore() {
    RunAlarm alarm = aPendingWebhookAlarm();
    alarm.claim("c", NOW.plusSeconds(120));
    alarm.notDelivered("the webhook answered HTTP 500", NOW);
    alarm.claim("d", NOW.plusSeconds(121));
    alarm.delivered(NOW.plusSeconds(2));

    assertThat(alarm.status()).isEqualTo(AlarmStatus.SENT);
    assertThat(alarm.attempts()).isEqualTo(2);
    assertThat(alarm.sentAt()).isEqualTo(NOW.plusSeconds(2));
    assertThat(alarm.lastError()).contains("500");
    assertThatThrownBy(() -> alarm.claim("e", NOW.plusSeconds(200))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAlarmThatCannotBeSentIsRecordedFailedWithTheReasonAndNeverClaimed() {
    Run run = Run.scheduled(7, TriggerType.MANUAL, NOW, "p", "node-a", NOW.plusSeconds(30), NOW);
    RunAlarm alarm = RunAlarm.notSent(run, AlarmEvent.LOST, AlarmChannel.EMAIL, "ops@example.com", "no SMTP server", NOW);

    assertThat(alarm.status()).isEqualTo(AlarmStatus.FAILED);
    assertThat(alarm.lastError()).isEqualTo("no SMTP server");
    assertThat(alarm.nextAttemptAt()).isNull();
    assertThat(alarm.attempts()).isZero();
  }
}
