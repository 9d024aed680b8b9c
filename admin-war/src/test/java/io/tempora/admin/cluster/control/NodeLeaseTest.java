package io.tempora.admin.cluster.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class NodeLeaseTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final NodeLease lease = new NodeLease(now::get, Duration.ofMillis(2250));

  @Test
  void noLeaseBeforeTheFirstBeat() {
    assertThat(lease.valid()).isFalse();
  }

  @Test
  void theLeaseCountsFromTheStartOfTheBeatNotItsCommit() {
    long started = lease.beatStarting();
    now.addAndGet(Duration.ofMillis(800).toNanos());
    lease.renewed(started);
    now.addAndGet(Duration.ofMillis(1400).toNanos());
    assertThat(lease.valid()).isTrue();
    now.addAndGet(Duration.ofMillis(100).toNanos());
    assertThat(lease.valid()).as("2.3 s after the beat started").isFalse();
  }

  @Test
  void aFencedNodeHasNoLeaseUntilItBeatsAgain() {
    lease.renewed(lease.beatStarting());
    lease.lost();
    assertThat(lease.valid()).isFalse();
    lease.renewed(lease.beatStarting());
    assertThat(lease.valid()).isTrue();
  }
}
