package io.tempora.executor.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeatScheduleTest {

  private static final URI ONE = URI.create("http://admin-1:8080");
  private static final URI TWO = URI.create("http://admin-2:8080");
  private static final Duration INTERVAL = Duration.ofSeconds(30);

  private final Instant start = Instant.parse("2026-12-02T10:00:00Z");
  private final BeatSchedule schedule = new BeatSchedule(List.of(ONE, TWO), INTERVAL, start);

  @Test
  void everyAdminIsDueAtOnceAtStart() {
    assertThat(schedule.due(start)).containsExactly(ONE, TWO);
  }

  @Test
  void anAdminThatTookTheBeatIsDueAgainOneIntervalLater() {
    schedule.answered(ONE, start);

    assertThat(schedule.due(start.plusSeconds(29))).containsExactly(TWO);
    assertThat(schedule.due(start.plus(INTERVAL))).contains(ONE);
  }

  @Test
  void aFailedBeatIsRetriedAfterTwoSecondsThenAtDoublingPausesUpToTheInterval() {
    Instant now = start;
    List<Long> pauses = new ArrayList<>();
    for (int failure = 0; failure < 7; failure++) {
      Duration pause = schedule.failed(ONE, now);
      pauses.add(pause.toSeconds());
      assertThat(schedule.due(now.plus(pause).minusMillis(1))).doesNotContain(ONE);
      now = now.plus(pause);
      assertThat(schedule.due(now)).contains(ONE);
    }
    assertThat(pauses).containsExactly(2L, 4L, 8L, 16L, 30L, 30L, 30L);
  }

  @Test
  void aSuccessAfterFailuresReturnsToTheIntervalAndTheNextFailureRetriesQuicklyAgain() {
    schedule.failed(ONE, start);
    schedule.failed(ONE, start.plusSeconds(2));
    schedule.answered(ONE, start.plusSeconds(6));

    assertThat(schedule.due(start.plusSeconds(35))).doesNotContain(ONE);
    assertThat(schedule.due(start.plusSeconds(36))).contains(ONE);
    assertThat(schedule.failed(ONE, start.plusSeconds(36))).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void anAdminThatAcceptsACallbackAfterAFailedBeatIsDueAtOnce() {
    schedule.failed(ONE, start);
    schedule.failed(ONE, start.plusSeconds(2));
    Instant callbackAccepted = start.plusSeconds(3);

    schedule.otherCallAccepted(ONE, callbackAccepted);

    assertThat(schedule.due(callbackAccepted)).containsExactly(ONE, TWO);
  }

  @Test
  void anAdminThatAcceptsACallbackAfterACallbackFailedIsDueAtOnceThoughItsLastBeatSucceeded() {
    schedule.answered(ONE, start);
    schedule.otherCallFailed(ONE);
    assertThat(schedule.due(start.plusSeconds(10))).doesNotContain(ONE);

    schedule.otherCallAccepted(ONE, start.plusSeconds(12));

    assertThat(schedule.due(start.plusSeconds(12))).contains(ONE);
    schedule.answered(ONE, start.plusSeconds(12));
    schedule.otherCallAccepted(ONE, start.plusSeconds(13));
    assertThat(schedule.due(start.plusSeconds(13))).doesNotContain(ONE);
  }

  @Test
  void aCallbackToAnAdminWhoseBeatsAndCallsSucceedChangesNothing() {
    schedule.answered(ONE, start);

    schedule.otherCallAccepted(ONE, start.plusSeconds(5));

    assertThat(schedule.due(start.plusSeconds(5))).doesNotContain(ONE);
  }

  @Test
  void theRetryNeverExceedsAShortInterval() {
    BeatSchedule quick = new BeatSchedule(List.of(ONE), Duration.ofSeconds(1), start);

    assertThat(quick.failed(ONE, start)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void anAddressThatIsNoAdminIsIgnored() {
    URI stranger = URI.create("http://elsewhere:8080");
    schedule.otherCallAccepted(stranger, start);
    schedule.otherCallFailed(stranger);
    schedule.answered(stranger, start);

    assertThat(schedule.due(start)).containsExactly(ONE, TWO);
  }
}
