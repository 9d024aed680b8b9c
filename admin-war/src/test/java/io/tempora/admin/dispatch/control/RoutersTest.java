package io.tempora.admin.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.admin.job.entity.RouteStrategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutersTest {

  private static final List<String> LIVE = List.of("http://a/", "http://b/", "http://c/");
  private final Routers routers = new Routers();

  @Test
  void firstAndLastPickTheEndsOfTheSortedList() {
    assertThat(routers.of(RouteStrategy.FIRST).route(1, LIVE)).isEqualTo("http://a/");
    assertThat(routers.of(RouteStrategy.LAST).route(1, LIVE)).isEqualTo("http://c/");
  }

  @Test
  void roundVisitsEveryExecutorOncePerCycle() {
    Router round = routers.of(RouteStrategy.ROUND);
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      picked.add(round.route(42, LIVE));
    }
    assertThat(picked.subList(0, 3)).containsExactlyInAnyOrderElementsOf(LIVE);
    assertThat(picked.subList(3, 6)).isEqualTo(picked.subList(0, 3));
  }

  @Test
  void consistentHashKeepsAJobOnOneExecutorAndMovesFewJobsWhenOneLeaves() {
    Router hash = routers.of(RouteStrategy.CONSISTENT_HASH);
    int moved = 0;
    for (long job = 0; job < 300; job++) {
      String before = hash.route(job, LIVE);
      assertThat(hash.route(job, LIVE)).isEqualTo(before);
      String after = hash.route(job, List.of("http://a/", "http://b/"));
      if (!before.equals("http://c/") && !after.equals(before)) {
        moved++;
      }
    }
    assertThat(moved).as("jobs moved although their executor stayed").isZero();
  }

  @Test
  void leastFrequentlyUsedSpreadsAJobsRunsEvenly() {
    Router lfu = routers.of(RouteStrategy.LEAST_FREQUENTLY_USED);
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      picked.add(lfu.route(5, LIVE));
    }
    assertThat(picked).filteredOn("http://a/"::equals).hasSize(3);
    assertThat(picked).filteredOn("http://c/"::equals).hasSize(3);
  }

  @Test
  void leastRecentlyUsedPicksTheExecutorIdleLongest() {
    Router lru = routers.of(RouteStrategy.LEAST_RECENTLY_USED);
    String first = lru.route(9, LIVE);
    String second = lru.route(9, LIVE);
    String third = lru.route(9, LIVE);
    assertThat(List.of(first, second, third)).containsExactlyInAnyOrderElementsOf(LIVE);
    assertThat(lru.route(9, LIVE)).isEqualTo(first);
  }

  @Test
  void onlyFailoverAndBusyoverProbe() {
    assertThat(routers.probeOf(RouteStrategy.FAILOVER)).contains(Probe.ALIVE);
    assertThat(routers.probeOf(RouteStrategy.BUSYOVER)).contains(Probe.IDLE);
    assertThat(routers.probeOf(RouteStrategy.ROUND)).isEmpty();
  }

  @Test
  void randomPicksOnlyLiveExecutors() {
    for (int i = 0; i < 50; i++) {
      assertThat(LIVE).contains(routers.of(RouteStrategy.RANDOM).route(1, LIVE));
    }
  }
}
