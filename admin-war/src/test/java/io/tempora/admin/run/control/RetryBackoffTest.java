package io.tempora.admin.run.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  @Test
  void waitDoublesFromOneSecondAndStopsAtAMinute() {
    assertThat(RetryBackoff.after(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(RetryBackoff.after(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(RetryBackoff.after(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(RetryBackoff.after(7)).isEqualTo(Duration.ofMinutes(1));
    assertThat(RetryBackoff.after(1000)).isEqualTo(Duration.ofMinutes(1));
  }
}
