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
  void randomPicksOnlyLiveExecutors() {
    for (int i = 0; i < 50; i++) {
      assertThat(LIVE).contains(routers.of(RouteStrategy.RANDOM).route(1, LIVE));
    }
  }
}
