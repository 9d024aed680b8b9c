package io.tempora.admin.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.admin.job.entity.BlockStrategy;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.RouteStrategy;
import io.tempora.admin.run.control.RunOrder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void lateFiresAreSentOneSpacingApartFromNowTheShardsOfAFireTogether() {
    List<RunOrder> spread = Spread.from(NOW, List.of(List.of(order(1), order(2)), List.of(order(3)), List.of(order(4))));

    assertThat(spread).extracting(RunOrder::runId).containsExactly(1L, 2L, 3L, 4L);
    assertThat(spread).extracting(RunOrder::dueAt).containsExactly(
        NOW, NOW, NOW.plus(Spread.SPACING), NOW.plus(Spread.SPACING.multipliedBy(2)));
  }

  private static RunOrder order(long runId) {
    return new RunOrder(runId, 7, LONG_AGO, "", 0, 1, "echo", BlockStrategy.SERIAL_EXECUTION, 0, GlueType.BEAN, null, LONG_AGO,
        RouteStrategy.FIRST, null, null);
  }
}
