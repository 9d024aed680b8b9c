package io.tempora.admin.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** When this node joined, and when the cluster was last seen alive before that (null on a first start). */
@ApplicationScoped
public class ClusterStart {

  private volatile Instant joinedAt;
  private volatile Instant lastSignOfLife;

  public void joined(Instant at, Instant lastSignOfLifeBefore) {
    if (joinedAt == null) {
      joinedAt = at;
      lastSignOfLife = lastSignOfLifeBefore;
    }
  }

  public boolean hasJoined() {
    return joinedAt != null;
  }

  /** This node's first join, or the epoch's end if it has not joined yet. */
  public Instant joinedAt() {
    return joinedAt == null ? Instant.MAX.minusSeconds(86_400L * 365) : joinedAt;
  }

  public Instant lastSignOfLife() {
    return lastSignOfLife;
  }
}
