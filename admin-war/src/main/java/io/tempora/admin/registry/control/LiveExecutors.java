package io.tempora.admin.registry.control;

import io.tempora.admin.platform.ClusterStart;
import io.tempora.admin.platform.AdminConfig;
import io.tempora.protocol.ExecutorFeatures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The executors that beat recently, per app name. Dispatch asks for every run, so it reads a snapshot
 * that a background task refreshes every second (and at once after a local beat or farewell): a
 * database that is briefly away leaves dispatch working from the last snapshot instead of failing runs.
 */
@ApplicationScoped
public class LiveExecutors {

  static final Duration REFRESH = Duration.ofSeconds(1);
  private static final Logger LOG = Logger.getLogger(LiveExecutors.class.getName());

  @Inject RegistrySnapshots snapshots;
  @Inject Clock clock;
  @Inject AdminConfig config;
  @Inject ClusterStart clusterStart;
  @Resource ManagedScheduledExecutorService scheduler;

  private volatile RegistryView view;
  private volatile boolean failing;
  private ScheduledFuture<?> refresher;

  @PostConstruct
  void start() {
    refresher = scheduler.scheduleWithFixedDelay(this::refresh, REFRESH.toMillis(), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    refresher.cancel(false);
  }

  /** Live addresses of an app, sorted so FIRST and LAST mean the same on every node. */
  public List<String> of(String appName) {
    return view().addresses(appName);
  }

  /** Of {@code addresses}, those that may be sent a run of the BEAN handler {@code handler}. */
  public List<String> offering(List<String> addresses, String handler) {
    RegistryView current = view();
    return addresses.stream().filter(address -> current.offers(address, handler)).toList();
  }

  public ExecutorFeatures featuresOf(String address) {
    return view().featuresOf(address);
  }

  public RegistryView view() {
    RegistryView current = view;
    if (current == null) {
      refresh();
      current = view == null ? RegistryView.EMPTY : view;
    }
    return current;
  }

  void forget() {
    scheduler.execute(this::refresh);
  }

  void refresh() {
    try {
      view = RegistryView.of(snapshots.aliveSince(liveSince(clock.instant())));
      if (failing) {
        LOG.info("registry readable again; dispatch routes by the current registry");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.log(Level.WARNING, "cannot read the executor registry; dispatch keeps routing by the last snapshot until it can", e);
        failing = true;
      }
    }
  }

  /**
   * An executor is live if it beat within dead-after. Right after this node starts, executors had no
   * admin to beat to while the cluster was down, so for one dead-after period an executor also counts
   * as live if it was live when the cluster was last seen running.
   */
  Instant liveSince(Instant now) {
    Instant since = now.minus(config.deadAfter());
    Instant lastSeen = clusterStart.lastSignOfLife();
    if (lastSeen != null && now.isBefore(clusterStart.joinedAt().plus(config.deadAfter()))) {
      Instant graced = lastSeen.minus(config.deadAfter());
      return graced.isBefore(since) ? graced : since;
    }
    return since;
  }
}
