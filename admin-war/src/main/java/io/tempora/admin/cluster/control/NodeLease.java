package io.tempora.admin.cluster.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.tempora.admin.platform.AdminConfig;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * This node's right to send runs: valid for {@code lease} after the start of its last successful beat,
 * on the monotonic clock. Other nodes declare it dead only after its counter stood still for
 * {@code dead-after} on their clocks, which is longer, so by the time another node takes a run over,
 * this node has stopped sending it.
 */
@ApplicationScoped
public class NodeLease {

  @Inject AdminConfig config;

  private LongSupplier nanoTime = System::nanoTime;
  private Duration length;
  private volatile long validUntilNanos;
  private volatile boolean held;

  public NodeLease() {}

  NodeLease(LongSupplier nanoTime, Duration length) {
    this.nanoTime = nanoTime;
    this.length = length;
  }

  @PostConstruct
  void configure() {
    length = config.nodeLease();
  }

  /** The instant a beat is about to be written; the lease counts from here, not from its commit. */
  public long beatStarting() {
    return nanoTime.getAsLong();
  }

  public void renewed(long beatStartedNanos) {
    validUntilNanos = beatStartedNanos + length.toNanos();
    held = true;
  }

  /** Fenced off or leaving: nothing may be sent until the next successful beat. */
  public void lost() {
    held = false;
  }

  public boolean valid() {
    return held && nanoTime.getAsLong() - validUntilNanos < 0;
  }
}
