package io.tempora.admin.alarm.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.admin.run.entity.RunStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AlarmEventTest {

  @Test
  void everyFinalStatusButSuccessAndCancellationCanAlarm() {
    assertThat(Arrays.stream(RunStatus.values()).filter(status -> AlarmEvent.of(status).isPresent()))
        .containsExactlyInAnyOrder(RunStatus.FAILED, RunStatus.TIMED_OUT, RunStatus.LOST, RunStatus.KILLED, RunStatus.MISSED);
    assertThat(Arrays.stream(RunStatus.values()).filter(status -> AlarmEvent.of(status).isPresent()))
        .allMatch(RunStatus::isFinal);
  }

  @Test
  void byDefaultAKillRaisesNoAlarm() {
    assertThat(AlarmEvent.DEFAULTS).containsExactlyInAnyOrder(
        AlarmEvent.FAILED, AlarmEvent.TIMED_OUT, AlarmEvent.LOST, AlarmEvent.MISSED);
  }
}
