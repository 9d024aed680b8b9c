package io.tempora.admin.cluster.control;

import io.tempora.admin.cluster.entity.ClusterNode;
import io.tempora.admin.platform.AdminNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** This node's beat, and the others' counters as one read of the node table sees them. */
@ApplicationScoped
public class BeatNode {

  /** How a beat went: counted, or this node had been declared dead (or was new) and joined again. */
  public enum Outcome { BEAT, JOINED }

  @PersistenceContext EntityManager em;
  @Inject AdminNode node;
  @Inject Clock clock;

  /**
   * The beat is conditional on this node still being counted alive: once another node declared it dead
   * (alive = false, set conditionally on the counter it saw), the update finds no row, and this node
   * learns it was fenced off.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome beat() {
    Instant now = clock.instant();
    int counted = em.createQuery("update ClusterNode n set n.beats = n.beats + 1, n.beatAt = :now where n.id = :id and n.alive = true")
        .setParameter("now", now)
        .setParameter("id", node.id())
        .executeUpdate();
    if (counted == 1) {
      return Outcome.BEAT;
    }
    ClusterNode row = em.find(ClusterNode.class, node.id());
    if (row == null) {
      em.persist(new ClusterNode(node.id(), now));
    } else {
      row.rejoin(now);
    }
    return Outcome.JOINED;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<NodeWatch.Beat> othersAlive() {
    return em.createQuery("select n from ClusterNode n where n.alive = true and n.id <> :me", ClusterNode.class)
        .setParameter("me", node.id())
        .getResultStream()
        .map(n -> new NodeWatch.Beat(n.id(), n.beats()))
        .toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> dead() {
    return em.createQuery("select n.id from ClusterNode n where n.alive = false", String.class).getResultList();
  }

  /** Declares a node dead unless it beat since it was seen; true if this call did it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean declareDead(NodeWatch.Silent silent) {
    return em.createQuery("update ClusterNode n set n.alive = false where n.id = :id and n.beats = :beats and n.alive = true")
        .setParameter("id", silent.nodeId())
        .setParameter("beats", silent.beats())
        .executeUpdate() == 1;
  }

  /** This node leaves: it counts as dead at once, so its handed-back runs are taken without waiting. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void leave() {
    em.createQuery("update ClusterNode n set n.alive = false where n.id = :id")
        .setParameter("id", node.id())
        .executeUpdate();
  }

  /** The last sign of life of any node but this one, or null on a cluster's first start. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Instant lastSignOfLife() {
    return em.createQuery("select n from ClusterNode n where n.id <> :me order by n.beatAt desc", ClusterNode.class)
        .setParameter("me", node.id())
        .setMaxResults(1)
        .getResultStream()
        .map(ClusterNode::beatAt)
        .findFirst()
        .orElse(null);
  }
}
