package io.tempora.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RefusedCallersTest {

  private final AtomicLong nanos = new AtomicLong(1_000);
  private final RefusedCallers callers = new RefusedCallers(3, Duration.ofSeconds(60), nanos::get);

  @Test
  void anAddressWithinItsShareIsNotHeldBack() {
    for (int i = 0; i < 3; i++) {
      assertThat(callers.refuse("10.0.0.1")).isEmpty();
    }
  }

  @Test
  void anAddressOverItsShareWaitsForTheRestOfItsWindow() {
    for (int i = 0; i < 3; i++) {
      callers.refuse("10.0.0.1");
    }
    nanos.addAndGet(Duration.ofSeconds(20).toNanos());
    assertThat(callers.refuse("10.0.0.1")).contains(Duration.ofSeconds(40));
  }

  @Test
  void otherAddressesKeepTheirOwnShare() {
    for (int i = 0; i < 4; i++) {
      callers.refuse("10.0.0.1");
    }
    assertThat(callers.refuse("10.0.0.2")).isEmpty();
  }

  @Test
  void aNewWindowStartsAfterTheOldOneEnds() {
    for (int i = 0; i < 4; i++) {
      callers.refuse("10.0.0.1");
    }
    nanos.addAndGet(Duration.ofSeconds(61).toNanos());
    assertThat(callers.refuse("10.0.0.1")).isEmpty();
  }

  @Test
  void retryAfterIsAtLeastOneWholeSecond() {
    assertThat(RefusedCallers.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    assertThat(RefusedCallers.retryAfterSeconds(Duration.ofMillis(1_001))).isEqualTo(2);
  }

  @Test
  void aShareOfNothingIsRefused() {
    assertThatThrownBy(() -> new RefusedCallers(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
  }
}
