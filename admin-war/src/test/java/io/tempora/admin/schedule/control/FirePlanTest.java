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
    FirePlan plan = FirePlan.of(EVERY_SECOND, NOW, rule(MisfirePolicy.DO_NOTHING), NOW, NOW.plusSeconds(3));
    assertThat(plan.fires()).containsExactly(NOW, NOW.plusSeconds(1), NOW.plusSeconds(2));
    assertThat(plan.next()).contains(NOW.plusSeconds(3));
    assertThat(plan.missedAny()).isFalse();
  }

  @Test
  void slightlyLateFiresAreStillFired() {
    FirePlan plan = FirePlan.of(EVERY_SECOND, NOW.minusSeconds(2), rule(MisfirePolicy.DO_NOTHING), NOW, NOW.plusSeconds(1));
    assertThat(plan.fires()).first().isEqualTo(NOW.minusSeconds(2));
    assertThat(plan.missedAny()).isFalse();
  }

  @Test
  void fireslateBeyondTheThresholdAreRecordedAsMissedNotFired() {
    FirePlan plan = FirePlan.of(EVERY_SECOND, NOW.minus(Duration.ofDays(3)), rule(MisfirePolicy.DO_NOTHING), NOW, NOW.plusSeconds(1));
    assertThat(plan.missedFrom()).isEqualTo(NOW.minus(Duration.ofDays(3)));
    assertThat(plan.missedBefore()).isEqualTo(NOW.minus(THRESHOLD));
    assertThat(plan.fireNowForMissed()).isFalse();
    assertThat(plan.fires()).first().isEqualTo(NOW.minus(THRESHOLD));
    assertThat(plan.fires()).allMatch(fire -> !fire.isBefore(NOW.minus(THRESHOLD)));
  }

  @Test
  void fireOnceNowAsksForOneRunInPlaceOfTheMissedOnes() {
    FirePlan plan = FirePlan.of(EVERY_SECOND, NOW.minusSeconds(60), rule(MisfirePolicy.FIRE_ONCE_NOW), NOW, NOW.plusSeconds(1));
    assertThat(plan.fireNowForMissed()).isTrue();
  }

  @Test
  void aJobWithManyFiresPerWindowIsCappedAndResumesNextTick() {
    Schedule everyMilli = Schedule.of(ScheduleType.FIX_RATE, "1", ZoneOffset.UTC);
    FirePlan plan = FirePlan.of(everyMilli, NOW, rule(MisfirePolicy.DO_NOTHING), NOW, NOW.plus(Duration.ofHours(1)));
    assertThat(plan.fires()).hasSize(FirePlan.MAX_FIRES_PER_JOB);
    assertThat(plan.next()).contains(NOW.plusSeconds(FirePlan.MAX_FIRES_PER_JOB));
  }

  @Test
  void catchUpFiresTheMissedTimesUpToTheLimitAndRecordsTheRestAsMissed() {
    Instant down = NOW.minusSeconds(60);
    FirePlan plan = FirePlan.of(EVERY_SECOND, down, new MisfireRule(MisfirePolicy.CATCH_UP, 3, THRESHOLD), NOW, NOW.plusSeconds(1));
    assertThat(plan.catchUp()).containsExactly(down, down.plusSeconds(1), down.plusSeconds(2));
    assertThat(plan.missedFrom()).isEqualTo(down.plusSeconds(3));
    assertThat(plan.missedBefore()).isEqualTo(NOW.minus(THRESHOLD));
    assertThat(plan.fireNowForMissed()).isFalse();
    assertThat(plan.fires()).first().isEqualTo(NOW.minus(THRESHOLD));
  }

  @Test
  void catchUpWithinTheLimitLeavesNothingMissed() {
    Schedule everyTenSeconds = Schedule.of(ScheduleType.CRON, "*/10 * * * * ?", ZoneOffset.UTC);
    FirePlan plan = FirePlan.of(everyTenSeconds, NOW.minusSeconds(30), new MisfireRule(MisfirePolicy.CATCH_UP, 10, THRESHOLD), NOW,
        NOW.plusSeconds(1));
    assertThat(plan.catchUp()).containsExactly(NOW.minusSeconds(30), NOW.minusSeconds(20), NOW.minusSeconds(10));
    assertThat(plan.missedAny()).isFalse();
    assertThat(plan.fires()).containsExactly(NOW);
  }

  @Test
  void aFixedDelayStoresOneFireAndThenWaitsForItsRun() {
    Schedule delay = Schedule.of(ScheduleType.FIX_DELAY, "PT0.5S", ZoneOffset.UTC);
    FirePlan plan = FirePlan.of(delay, NOW, rule(MisfirePolicy.DO_NOTHING), NOW, NOW.plusSeconds(5));
    assertThat(plan.fires()).containsExactly(NOW);
    assertThat(plan.next()).isEmpty();
  }

  @Test
  void aFixedDelayNotYetDueKeepsItsNextFire() {
    Schedule delay = Schedule.of(ScheduleType.FIX_DELAY, "60", ZoneOffset.UTC);
    FirePlan plan = FirePlan.of(delay, NOW.plusSeconds(30), rule(MisfirePolicy.DO_NOTHING), NOW, NOW.plusSeconds(5));
    assertThat(plan.fires()).isEmpty();
    assertThat(plan.next()).contains(NOW.plusSeconds(30));
  }

  @Test
  void aMissedFixedDelayCaughtUpFiresItsOneOwedFireAndWaits() {
    Schedule delay = Schedule.of(ScheduleType.FIX_DELAY, "1", ZoneOffset.UTC);
    FirePlan plan = FirePlan.of(delay, NOW.minusSeconds(600), new MisfireRule(MisfirePolicy.CATCH_UP, 10, THRESHOLD), NOW,
        NOW.plusSeconds(5));
    assertThat(plan.catchUp()).containsExactly(NOW.minusSeconds(600));
    assertThat(plan.missedAny()).isFalse();
    assertThat(plan.fires()).isEmpty();
    assertThat(plan.next()).isEmpty();
  }

  @Test
  void aMissedFixedDelayFiredOnceNowWaitsForThatRun() {
    Schedule delay = Schedule.of(ScheduleType.FIX_DELAY, "1", ZoneOffset.UTC);
    FirePlan plan = FirePlan.of(delay, NOW.minusSeconds(600), rule(MisfirePolicy.FIRE_ONCE_NOW), NOW, NOW.plusSeconds(5));
    assertThat(plan.fireNowForMissed()).isTrue();
    assertThat(plan.fires()).isEmpty();
    assertThat(plan.next()).isEmpty();
  }

  @Test
  void aMissedFixedDelayLeftAloneStartsItsDelayAfresh() {
    Schedule delay = Schedule.of(ScheduleType.FIX_DELAY, "1", ZoneOffset.UTC);
    FirePlan plan = FirePlan.of(delay, NOW.minusSeconds(600), rule(MisfirePolicy.DO_NOTHING), NOW, NOW.plusSeconds(5));
    assertThat(plan.missedFrom()).isEqualTo(NOW.minusSeconds(600));
    assertThat(plan.fires()).hasSize(1);
    assertThat(plan.next()).isEmpty();
  }

  private static MisfireRule rule(MisfirePolicy policy) {
    return new MisfireRule(policy, MisfirePolicy.DEFAULT_CATCH_UP_LIMIT, THRESHOLD);
  }
}
