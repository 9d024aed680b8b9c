package io.tempora.admin.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tempora.admin.job.entity.Schedule;
import io.tempora.admin.job.entity.ScheduleType;
import io.tempora.admin.platform.InvalidField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BackfillFiresTest {

  private static final Instant FROM = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aCronFiresFromItsFirstMatchAtOrAfterFromUpToButExcludingTo() {
    Schedule quarterly = Schedule.of(ScheduleType.CRON, "0 */15 * * * ?", ZoneOffset.UTC);
    assertThat(BackfillFires.between(quarterly, FROM, FROM.plusSeconds(3600), 100)).containsExactly(
        FROM, FROM.plusSeconds(900), FROM.plusSeconds(1800), FROM.plusSeconds(2700));
    assertThat(BackfillFires.between(quarterly, FROM.plusMillis(1), FROM.plusSeconds(901), 100)).containsExactly(FROM.plusSeconds(900));
  }

  @Test
  void aCronIsReadInItsTimeZone() {
    Schedule nineInBerlin = Schedule.of(ScheduleType.CRON, "0 0 9 * * ?", ZoneId.of("Europe/Berlin"));
    assertThat(BackfillFires.between(nineInBerlin, Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z"), 10))
        .containsExactly(Instant.parse("2026-10-24T07:00:00Z"), Instant.parse("2026-10-25T08:00:00Z"));
  }

  @Test
  void aFixedRateStartsAtFrom() {
    Schedule everyMinute = Schedule.of(ScheduleType.FIX_RATE, "PT1M", ZoneOffset.UTC);
    assertThat(BackfillFires.between(everyMinute, FROM.plusSeconds(7), FROM.plusSeconds(150), 10))
        .containsExactly(FROM.plusSeconds(7), FROM.plusSeconds(67), FROM.plusSeconds(127));
  }

  @Test
  void moreFiresThanTheLimitAreRefusedNamingToAndWhereToSplit() {
    Schedule everySecond = Schedule.of(ScheduleType.CRON, "* * * * * ?", ZoneOffset.UTC);
    assertThat(BackfillFires.between(everySecond, FROM, FROM.plusSeconds(3), 3)).hasSize(3);
    assertThatThrownBy(() -> BackfillFires.between(everySecond, FROM, FROM.plusSeconds(4), 3))
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("to:")
        .hasMessageContaining("end this one at " + FROM.plusSeconds(3));
  }
}
