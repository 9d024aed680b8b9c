package io.tempora.bench.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExecutorOptionsTest {

  @Test
  void overloadIsASwitchThatPacesSleepingRunsForTenMinutesWithAnAdminOutage() {
    ExecutorOptions options = ExecutorOptions.parse("executor", "--overload", "--executor-port", "19890");

    assertThat(options.pace().overload()).isTrue();
    assertThat(options.pace().paced()).isTrue();
    assertThat(options.pace().duration()).isEqualTo(Duration.ofMinutes(10));
    assertThat(options.pace().outage()).isEqualTo(Duration.ofMinutes(3));
    assertThat(options.executorPort()).isEqualTo(19890);
    assertThat(options.batch()).isEqualTo(100);
    assertThat(options.handler()).isEqualTo("sleep");
    assertThat(options.handlerParams()).isEqualTo("200");
  }

  @Test
  void aRateWithoutOverloadPacesEchoRunsAndABurstIsNotPaced() {
    ExecutorOptions paced = ExecutorOptions.parse("executor", "--rate", "1000", "--duration", "PT1M");
    ExecutorOptions burst = ExecutorOptions.parse("executor", "--runs", "500");

    assertThat(paced.pace().paced()).isTrue();
    assertThat(paced.pace().overload()).isFalse();
    assertThat(paced.handler()).isEqualTo("echo");
    assertThat(paced.batch()).isEqualTo(1);
    assertThat(burst.pace().paced()).isFalse();
    assertThat(burst.runs()).isEqualTo(500);
  }

  @Test
  void refusesAWarmUpAsLongAsTheLoadAndAFlagWithoutValue() {
    assertThatThrownBy(() -> ExecutorOptions.parse("executor", "--rate", "10", "--duration", "PT10S", "--warmup", "PT10S"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExecutorOptions.parse("executor", "--rate"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
