package io.tempora.admin.schedule.control;

import io.tempora.admin.run.control.RunOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Late fires (catch-up, backfill) are due in the past, so the timing wheel would send them all at once.
 * They are sent one fire after another instead, {@link #SPACING} apart from {@code start}: at most ten
 * fires a second, a trickle any executor absorbs. The shards of one fire go together.
 */
final class Spread {

  static final Duration SPACING = Duration.ofMillis(100);

  private Spread() {}

  static List<RunOrder> from(Instant start, List<List<RunOrder>> fires) {
    List<RunOrder> spread = new ArrayList<>();
    for (int i = 0; i < fires.size(); i++) {
      Instant sendAt = start.plus(SPACING.multipliedBy(i));
      fires.get(i).forEach(order -> spread.add(order.sentAt(sendAt)));
    }
    return spread;
  }
}
