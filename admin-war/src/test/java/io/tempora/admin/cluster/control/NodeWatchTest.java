package io.tempora.admin.cluster.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeWatchTest {

  private static final long SECOND = 1_000_000_000L;
  private final NodeWatch watch = new NodeWatch(Duration.ofSeconds(3));

  @Test
  void aNodeWhoseCounterStandsStillForDeadAfterIsSilent() {
    assertThat(watch.observe(List.of(beat("a", 5)), 0)).isEmpty();
    assertThat(watch.observe(List.of(beat("a", 5)), 2 * SECOND)).isEmpty();
    assertThat(watch.observe(List.of(beat("a", 5)), 3 * SECOND))
        .containsExactly(new NodeWatch.Silent("a", 5, Duration.ofSeconds(3)));
  }

  @Test
  void aCounterThatMovesStartsTheWatchAgain() {
    watch.observe(List.of(beat("a", 5)), 0);
    watch.observe(List.of(beat("a", 6)), 2 * SECOND);
    assertThat(watch.observe(List.of(beat("a", 6)), 4 * SECOND)).isEmpty();
    assertThat(watch.observe(List.of(beat("a", 6)), 5 * SECOND)).extracting(NodeWatch.Silent::nodeId).containsExactly("a");
  }

  @Test
  void afterLosingSightOfTheDatabaseNobodyIsSilentUntilWatchedAfresh() {
    watch.observe(List.of(beat("a", 5)), 0);
    watch.lostSight();
    assertThat(watch.observe(List.of(beat("a", 5)), 10 * SECOND)).isEmpty();
    assertThat(watch.observe(List.of(beat("a", 5)), 13 * SECOND)).hasSize(1);
  }

  @Test
  void aNodeThatLeftTheTableIsForgotten() {
    watch.observe(List.of(beat("a", 5), beat("b", 1)), 0);
    watch.observe(List.of(beat("b", 2)), SECOND);
    assertThat(watch.observe(List.of(beat("a", 5), beat("b", 2)), 3 * SECOND)).isEmpty();
  }

  private static NodeWatch.Beat beat(String node, long beats) {
    return new NodeWatch.Beat(node, beats);
  }
}
