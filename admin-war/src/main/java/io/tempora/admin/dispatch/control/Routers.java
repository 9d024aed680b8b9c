package io.tempora.admin.dispatch.control;

import io.tempora.admin.job.entity.RouteStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * One router per strategy for the life of the application (ROUND, LFU and LRU keep their counts).
 * FAILOVER and BUSYOVER probe the executors in FIRST order, see {@link ProbingRoute}.
 */
@ApplicationScoped
public class Routers {

  private final Router first = new FirstRouter();
  private final Router last = new LastRouter();
  private final Router round = new RoundRouter();
  private final Router random = new RandomRouter();
  private final Router consistentHash = new ConsistentHashRouter();
  private final Router leastFrequentlyUsed = new LeastFrequentlyUsedRouter();
  private final Router leastRecentlyUsed = new LeastRecentlyUsedRouter();

  public Router of(RouteStrategy strategy) {
    return switch (strategy) {
      case FIRST, FAILOVER, BUSYOVER -> first;
      case SHARDING_BROADCAST -> throw new IllegalArgumentException("a shard goes to the executor of its index");
      case LAST -> last;
      case ROUND -> round;
      case RANDOM -> random;
      case CONSISTENT_HASH -> consistentHash;
      case LEAST_FREQUENTLY_USED -> leastFrequentlyUsed;
      case LEAST_RECENTLY_USED -> leastRecentlyUsed;
    };
  }

  /** The question a probing strategy asks each executor before it sends the run, if any. */
  public Optional<Probe> probeOf(RouteStrategy strategy) {
    return switch (strategy) {
      case FAILOVER -> Optional.of(Probe.ALIVE);
      case BUSYOVER -> Optional.of(Probe.IDLE);
      default -> Optional.empty();
    };
  }
}
