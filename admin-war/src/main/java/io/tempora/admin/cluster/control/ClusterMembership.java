package io.tempora.admin.cluster.control;

import io.tempora.admin.cluster.NodeFenced;
import io.tempora.admin.cluster.NodeLeaving;
import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.platform.ClusterStart;
import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.control.ReleaseRuns;
import io.tempora.admin.run.control.TakeOverRuns;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One beat of this node's cluster membership: renew its own lease, watch the others, declare the silent
 * ones dead and take over the unsent runs of dead nodes and of nodes that left.
 */
@ApplicationScoped
public class ClusterMembership {

  private static final Logger LOG = Logger.getLogger(ClusterMembership.class.getName());

  @Inject BeatNode beats;
  @Inject NodeLease lease;
  @Inject ClusterStart start;
  @Inject TakeOverRuns takeOver;
  @Inject ReleaseRuns release;
  @Inject AdminNode node;
  @Inject AdminConfig config;
  @Inject Clock clock;
  @Inject Event<NodeFenced> fenced;
  @Inject Event<NodeLeaving> leaving;

  private NodeWatch watch;
  private volatile boolean databaseAway;

  @PostConstruct
  void init() {
    watch = new NodeWatch(config.nodeDeadAfter());
  }

  public void beat() {
    try {
      if (!start.hasJoined()) {
        start.joined(clock.instant(), beats.lastSignOfLife());
      }
      long attempt = lease.beatStarting();
      BeatNode.Outcome outcome = beats.beat();
      if (outcome == BeatNode.Outcome.JOINED) {
        rejoined();
      }
      lease.renewed(attempt);
      watchOthers();
      if (databaseAway) {
        LOG.info("database reachable again; node " + node.id() + " beats and sends runs again");
        databaseAway = false;
      }
    } catch (RuntimeException e) {
      watch.lostSight();
      if (!databaseAway) {
        LOG.log(Level.WARNING, "node " + node.id() + " cannot beat: claimed runs are still sent until its lease of "
            + config.nodeLease().toMillis() + " ms ends, then held until the database is back", e);
        databaseAway = true;
      }
    }
  }

  /**
   * A first join, or a return after another node declared this one dead: whatever this node holds is
   * dropped, and its runs that no other node took (claimed just before, or left by a previous process of
   * the same node id) are taken back.
   */
  private void rejoined() {
    lease.lost();
    fenced.fire(new NodeFenced(node.id()));
    int taken = takeOver.from(List.of(node.id()));
    LOG.info(() -> "node " + node.id() + " joined the cluster; " + taken + " unsent runs of its own taken back");
  }

  private void watchOthers() {
    for (NodeWatch.Silent silent : watch.observe(beats.othersAlive(), lease.beatStarting())) {
      if (beats.declareDead(silent)) {
        LOG.warning(() -> "admin node " + silent.nodeId() + " has not beaten for " + silent.silentFor().toMillis()
            + " ms: declared dead; its unsent runs are taken over");
      }
    }
    int taken = takeOver.from(beats.dead());
    if (taken > 0) {
      LOG.info(() -> taken + " runs of dead or departed admin nodes taken over by " + node.id());
    }
  }

  /** Stops sending, hands this node's unsent runs back and leaves, so others send them on time. */
  public void leave() {
    lease.lost();
    leaving.fire(new NodeLeaving(node.id()));
    try {
      int released = release.releaseMine();
      beats.leave();
      LOG.info(() -> "node " + node.id() + " left the cluster and handed back " + released + " unsent runs");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "node " + node.id() + " could not hand back its runs; others take them once it counts as dead", e);
    }
  }
}
