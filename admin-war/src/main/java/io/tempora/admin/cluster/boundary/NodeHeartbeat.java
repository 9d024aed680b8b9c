package io.tempora.admin.cluster.boundary;

import io.tempora.admin.cluster.control.ClusterMembership;
import io.tempora.admin.platform.AdminConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This node's membership heartbeat. Not an EJB timer: Payara delivers those at most once a second by
 * default, and a node's death should be noticed within a few beats. It leaves the cluster before the
 * application's beans are destroyed, while the database is still at hand.
 */
@ApplicationScoped
public class NodeHeartbeat {

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject AdminConfig config;
  @Inject ClusterMembership membership;

  private ScheduledFuture<?> beats;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    long every = config.nodeBeat().toMillis();
    beats = scheduler.scheduleWithFixedDelay(membership::beat, 0, every, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    if (beats != null) {
      beats.cancel(false);
    }
    membership.leave();
  }
}
