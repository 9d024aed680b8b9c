package io.tempora.executor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HandlerPaceTest {

  private static final long SLOW = TimeUnit.MILLISECONDS.toNanos(80);
  private static final long QUICK = TimeUnit.MILLISECONDS.toNanos(1);

  private final HandlerPace pace = new HandlerPace(Duration.ofMillis(50));

  @Test
  void aSlowRunAloneDoesNotMarkAHandlerBlocking() {
    pace.took("echo", SLOW);

    assertThat(pace.blocks("echo")).isFalse();
  }

  @Test
  void aMarkedHandlerBlocksUntilItRanQuicklyThirtyTwoTimesInARow() {
    pace.blocking("sleep");
    for (int run = 1; run < HandlerPace.FAST_RUNS_TO_TRUST; run++) {
      pace.took("sleep", QUICK);
      assertThat(pace.blocks("sleep")).as("after %d quick runs", run).isTrue();
    }

    pace.took("sleep", QUICK);

    assertThat(pace.blocks("sleep")).isFalse();
    assertThat(pace.blocks("other")).isFalse();
  }

  @Test
  void aSlowRunOfAMarkedHandlerStartsTheCountAgain() {
    pace.blocking("sleep");
    for (int run = 1; run < HandlerPace.FAST_RUNS_TO_TRUST; run++) {
      pace.took("sleep", QUICK);
    }

    pace.took("sleep", SLOW);
    pace.took("sleep", QUICK);

    assertThat(pace.blocks("sleep")).isTrue();
  }
}
