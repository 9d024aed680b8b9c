package io.tempora.admin.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.admin.job.entity.MisfirePolicy;
import io.tempora.admin.job.entity.Schedule;
import io.tempora.admin.job.entity.ScheduleType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FirePlanTest {

  private static final Schedule EVERY_SECOND = Schedule.of(ScheduleType.CRON, "* * * * * ?", ZoneOffset.UTC);
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Duration THRESHOLD = Duration.ofSeconds(5);

  @Test
  void storesEveryFireInsideTheWindowAndAdvancesPastIt() {
    FirePlan plan = FirePlan.of(EVERY_SECOND, NOW, MisfirePolicy.DO_NOTHING, NOW, NOW.plusSeconds(3), THRESHOLD);
    assertThat(plan.fires()).containsExactly(NOW, NOW.plusSeconds(1), NOW.plusSeconds(2));
    assertThat(plan.next()).contains(NOW.plusSeconds(3));
    assertThat(plan.missedAny()).isFalse();
  }

  @Test
  void slightlyLateFiresAreStillFired() {
    FirePlan plan = FirePlan.of(EVERY_SECOND, NOW.minusSeconds(2), MisfirePolicy.DO_NOTHING, NOW, NOW.plusSeconds(1), THRESHOLD);
    assertThat(plan.fires()).first().isEqualTo(NOW.minusSeconds(2));
    assertThat(plan.missedAny()).isFalse();
  }

  @Test
  void fireslateBeyondTheThresholdAreRecordedAsMissedNotFired() {
    FirePlan plan = FirePlan.of(EVERY_SECOND, NOW.minus(Duration.ofDays(3)), MisfirePolicy.DO_NOTHING, NOW, NOW.plusSeconds(1), THRESHOLD);
    assertThat(plan.missedFrom()).isEqualTo(NOW.minus(Duration.ofDays(3)));
    assertThat(plan.missedBefore()).isEqualTo(NOW.minus(THRESHOLD));
    assertThat(plan.fireNowForMissed()).isFalse();
    assertThat(plan.fires()).first().isEqualTo(NOW.minus(THRESHOLD));
    assertThat(plan.fires()).allMatch(fire -> !fire.isBefore(NOW.minus(THRESHOLD)));
  }

  @Test
  void fireOnceNowAsksForOneRunInPlaceOfTheMissedOnes() {
    FirePlan plan = FirePlan.of(EVERY_SECOND, NOW.minusSeconds(60), MisfirePolicy.FIRE_ONCE_NOW, NOW, NOW.plusSeconds(1), THRESHOLD);
    assertThat(plan.fireNowForMissed()).isTrue();
  }

  @Test
  void aJobWithManyFiresPerWindowIsCappedAndResumesNextTick() {
    Schedule everyMilli = Schedule.of(ScheduleType.FIX_RATE, "1", ZoneOffset.UTC);
    FirePlan plan = FirePlan.of(everyMilli, NOW, MisfirePolicy.DO_NOTHING, NOW, NOW.plus(Duration.ofHours(1)), THRESHOLD);
    assertThat(plan.fires()).hasSize(FirePlan.MAX_FIRES_PER_JOB);
    assertThat(plan.next()).contains(NOW.plusSeconds(FirePlan.MAX_FIRES_PER_JOB));
  }
}
