package io.tempora.admin.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An admin node as the cluster sees it: its beat counter, and whether it is still counted alive. */
@Entity
@Table(name = "admin_node")
public class ClusterNode {

  @Id
  @Column(length = 100)
  private String id;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "beat_at", nullable = false)
  private Instant beatAt;

  @Column(nullable = false)
  private long beats;

  @Column(nullable = false)
  private boolean alive;

  protected ClusterNode() {}

  public ClusterNode(String id, Instant now) {
    this.id = id;
    this.startedAt = now;
    this.beatAt = now;
    this.beats = 1;
    this.alive = true;
  }

  /** Back after being fenced off, or restarted under the same id. */
  public void rejoin(Instant now) {
    startedAt = alive ? startedAt : now;
    alive = true;
    beats++;
    beatAt = now;
  }

  public String id() { return id; }
  public Instant beatAt() { return beatAt; }
  public long beats() { return beats; }
  public boolean alive() { return alive; }
}
