package io.tempora.admin.cluster.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the other nodes' beat counters on this node's monotonic clock. A node is dead when its
 * counter has not moved for {@code deadAfter} of continuous watching: clocks of other hosts never
 * enter the judgement, and after this node lost sight of the database it watches afresh, so nodes that
 * could not beat during an outage are not declared dead the moment it ends.
 */
public final class NodeWatch {

  /** What one read of the node table says of one other node. */
  public record Beat(String nodeId, long beats) {}

  /** A node whose counter stood still at {@code beats} for {@code silentFor}. */
  public record Silent(String nodeId, long beats, Duration silentFor) {}

  private record Seen(long beats, long sinceNanos) {}

  private final Duration deadAfter;
  private final Map<String, Seen> seen = new HashMap<>();

  public NodeWatch(Duration deadAfter) {
    this.deadAfter = deadAfter;
  }

  public synchronized List<Silent> observe(List<Beat> beats, long nowNanos) {
    Map<String, Seen> next = new HashMap<>();
    List<Silent> silent = new ArrayList<>();
    for (Beat beat : beats) {
      Seen before = seen.get(beat.nodeId());
      Seen now = before != null && before.beats() == beat.beats() ? before : new Seen(beat.beats(), nowNanos);
      next.put(beat.nodeId(), now);
      Duration still = Duration.ofNanos(nowNanos - now.sinceNanos());
      if (still.compareTo(deadAfter) >= 0) {
        silent.add(new Silent(beat.nodeId(), beat.beats(), still));
      }
    }
    seen.clear();
    seen.putAll(next);
    return silent;
  }

  public synchronized void lostSight() {
    seen.clear();
  }
}
