package io.tempora.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesUseTheNearestRank() {
    Latencies latencies = Latencies.of(IntStream.rangeClosed(1, 100).map(i -> 101 - i).mapToObj(Duration::ofMillis).toList());

    assertThat(latencies.percentile(50)).isEqualTo(Duration.ofMillis(50));
    assertThat(latencies.percentile(95)).isEqualTo(Duration.ofMillis(95));
    assertThat(latencies.percentile(99)).isEqualTo(Duration.ofMillis(99));
  }

  @Test
  void noSamplesGiveZero() {
    assertThat(Latencies.of(List.of()).percentile(99)).isEqualTo(Duration.ZERO);
  }
}
