package io.tempora.executor.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class HeldRunsTest {

  @Test
  void knowsExactlyWhichOfAMillionMostlyConsecutiveRunIdsItHoldsInFarLessThanAByteEach() {
    HeldRuns held = new HeldRuns();
    LongStream.rangeClosed(1_000_000, 1_999_999).filter(id -> id % 1000 != 7).forEach(held::add);
    held.add(5_000_000_000L);

    assertThat(held.count()).isEqualTo(999_001);
    assertThat(held.contains(1_000_000)).isTrue();
    assertThat(held.contains(1_000_007)).isFalse();
    assertThat(held.contains(999_999)).isFalse();
    assertThat(held.contains(5_000_000_000L)).isTrue();
    assertThat(held.bytes()).isLessThan(500_000);
  }

  @Test
  void forgetsARunOnceItsResultWasAccepted() {
    HeldRuns held = new HeldRuns();
    held.add(42);
    held.add(43);

    held.remove(42);

    assertThat(held.contains(42)).isFalse();
    assertThat(held.contains(43)).isTrue();
    assertThat(held.count()).isEqualTo(1);
  }
}
