package io.tempora.admin.job.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  @Test
  void cronWithSecondsFiresOnTheNextMatchingSecond() {
    Schedule every5s = Schedule.of(ScheduleType.CRON, "*/5 * * * * ?", ZoneOffset.UTC);
    assertThat(every5s.nextFireAfter(Instant.parse("2026-11-24T10:00:03Z"))).contains(Instant.parse("2026-11-24T10:00:05Z"));
    assertThat(every5s.nextFireAfter(Instant.parse("2026-11-24T10:00:05Z"))).contains(Instant.parse("2026-11-24T10:00:10Z"));
  }

  @Test
  void cronFiresOnWholeSecondsWhateverTheMillisecondsOfTheStart() {
    Schedule everySecond = Schedule.of(ScheduleType.CRON, "* * * * * ?", ZoneOffset.UTC);
    assertThat(everySecond.nextFireAfter(Instant.parse("2026-11-24T10:00:00.999Z"))).contains(Instant.parse("2026-11-24T10:00:01Z"));
  }

  @Test
  void cronIsEvaluatedInTheJobsTimeZone() {
    Schedule twoAmBerlin = Schedule.of(ScheduleType.CRON, "0 0 2 * * ?", ZoneId.of("Europe/Berlin"));
    assertThat(twoAmBerlin.nextFireAfter(Instant.parse("2026-11-24T12:00:00Z"))).contains(Instant.parse("2026-11-25T01:00:00Z"));
  }

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void aLocalTimeTheClockSkipsFiresAtTheEndOfTheGapThenAsUsual() {
    Schedule daily = Schedule.of(ScheduleType.CRON, "0 30 2 * * ?", BERLIN);

    Instant springForward = daily.nextFireAfter(Instant.parse("2026-03-28T12:00:00Z")).orElseThrow();
    assertThat(springForward).isEqualTo(Instant.parse("2026-03-29T01:00:00Z")); // 03:00 CEST, 02:30 does not exist
    assertThat(daily.nextFireAfter(springForward)).contains(Instant.parse("2026-03-30T00:30:00Z")); // 02:30 CEST
  }

  @Test
  void aLocalTimeThatOccursTwiceFiresOnce() {
    Schedule daily = Schedule.of(ScheduleType.CRON, "0 30 2 * * ?", BERLIN);

    Instant first = daily.nextFireAfter(Instant.parse("2026-10-24T12:00:00Z")).orElseThrow();
    assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // 02:30 CEST, the first of two
    assertThat(daily.nextFireAfter(first)).contains(Instant.parse("2026-10-26T01:30:00Z")); // 02:30 CET next day
  }

  @Test
  void schedulesThatNameNoSkippedTimeAreNotMovedByAGap() {
    Schedule everyHalfHour = Schedule.of(ScheduleType.CRON, "0 0/30 * * * ?", BERLIN);
    Schedule atNine = Schedule.of(ScheduleType.CRON, "0 0 9 * * ?", BERLIN);

    assertThat(everyHalfHour.nextFireAfter(Instant.parse("2026-03-29T00:30:00Z")))
        .contains(Instant.parse("2026-03-29T01:00:00Z")); // 01:30 CET, then 03:00 CEST
    assertThat(atNine.nextFireAfter(Instant.parse("2026-03-28T12:00:00Z")))
        .contains(Instant.parse("2026-03-29T07:00:00Z"));
  }

  @Test
  void invalidCronNamesTheExpressionField() {
    assertThatThrownBy(() -> Schedule.of(ScheduleType.CRON, "61 * * * * ?", ZoneOffset.UTC))
        .isInstanceOfSatisfying(InvalidSchedule.class,
            e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("scheduleExpression")));
    assertThatThrownBy(() -> Schedule.of(ScheduleType.CRON, " ", ZoneOffset.UTC)).isInstanceOf(InvalidSchedule.class);
  }

  @Test
  void cronThatNeverFiresCannotStartButCanRunOut() {
    Instant now = Instant.parse("2026-11-24T10:00:00Z");
    for (String never : new String[] {"0 0 0 30 2 ?", "0 0 0 1 1 ? 2000"}) {
      Schedule schedule = Schedule.of(ScheduleType.CRON, never, ZoneOffset.UTC);
      assertThat(schedule.nextFireAfter(now)).isEmpty();
      assertThatThrownBy(() -> schedule.firstFireAfter(now))
          .isInstanceOfSatisfying(InvalidSchedule.class,
              e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("scheduleExpression")));
    }
    assertThat(Schedule.of(ScheduleType.CRON, "0 0 0 1 1 ? 2030", ZoneOffset.UTC).firstFireAfter(now))
        .contains(Instant.parse("2030-01-01T00:00:00Z"));
  }

  @Test
  void fixedRateAddsItsPeriod() {
    Schedule rate = Schedule.of(ScheduleType.FIX_RATE, "30", ZoneOffset.UTC);
    assertThat(rate.nextFireAfter(Instant.parse("2026-11-24T10:00:00Z"))).contains(Instant.parse("2026-11-24T10:00:30Z"));
  }

  @Test
  void fixedRateRejectsZeroAndText() {
    assertThatThrownBy(() -> Schedule.of(ScheduleType.FIX_RATE, "0", ZoneOffset.UTC)).isInstanceOf(InvalidSchedule.class);
    assertThatThrownBy(() -> Schedule.of(ScheduleType.FIX_RATE, "soon", ZoneOffset.UTC)).isInstanceOf(InvalidSchedule.class);
  }

  @Test
  void onDemandNeverFiresByItself() {
    assertThat(Schedule.of(ScheduleType.NONE, null, ZoneOffset.UTC).nextFireAfter(Instant.EPOCH)).isEmpty();
  }

  @Test
  void fixedRatesAndDelaysTakeWholeSecondsOrIsoDurations() {
    assertThat(Schedule.of(ScheduleType.FIX_RATE, "PT1M30S", ZoneOffset.UTC)).isEqualTo(
        new Schedule.Periodic(ScheduleType.FIX_RATE, "PT1M30S", ZoneOffset.UTC, Duration.ofSeconds(90)));
    assertThat(Schedule.of(ScheduleType.FIX_RATE, " pt0.5s ", ZoneOffset.UTC).nextFireAfter(Instant.EPOCH))
        .contains(Instant.ofEpochMilli(500));
    assertThat(Schedule.of(ScheduleType.FIX_DELAY, "30", ZoneOffset.UTC)).isEqualTo(
        new Schedule.Periodic(ScheduleType.FIX_DELAY, "30", ZoneOffset.UTC, Duration.ofSeconds(30)));
    assertThat(Schedule.of(ScheduleType.FIX_DELAY, "P1D", ZoneOffset.UTC).nextFireAfter(Instant.EPOCH))
        .contains(Instant.EPOCH.plus(Duration.ofDays(1)));
  }

  @Test
  void onlyAFixedDelayWaitsForItsRun() {
    assertThat(Schedule.of(ScheduleType.FIX_DELAY, "PT3S", ZoneOffset.UTC).waitsForRun()).isTrue();
    assertThat(Schedule.of(ScheduleType.FIX_RATE, "PT3S", ZoneOffset.UTC).waitsForRun()).isFalse();
    assertThat(Schedule.of(ScheduleType.CRON, "* * * * * ?", ZoneOffset.UTC).waitsForRun()).isFalse();
  }

  @Test
  void intervalsOutsideTheBoundsOrNotDurationsAreRefusedNamingTheExpression() {
    for (String wrong : new String[] {"PT0S", "-PT5S", "PT0.05S", "PT0.0005S", "P400D", "99999999999999", "1.5", "PT", "", " "}) {
      assertThatThrownBy(() -> Schedule.of(ScheduleType.FIX_DELAY, wrong, ZoneOffset.UTC)).as(wrong)
          .isInstanceOf(InvalidSchedule.class)
          .extracting(e -> ((InvalidSchedule) e).fieldErrors().get(0).field()).isEqualTo("scheduleExpression");
    }
    assertThatThrownBy(() -> Schedule.of(ScheduleType.FIX_RATE, null, ZoneOffset.UTC)).isInstanceOf(InvalidSchedule.class);
  }
}
