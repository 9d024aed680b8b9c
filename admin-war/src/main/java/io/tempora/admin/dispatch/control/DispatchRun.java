package io.tempora.admin.dispatch.control;

import io.tempora.protocol.FailureText;
import io.tempora.admin.group.control.ExecutorAddresses;
import io.tempora.admin.group.entity.ExecutorTarget;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.RouteStrategy;
import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.registry.control.LiveExecutors;
import io.tempora.admin.run.control.RunOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes due runs to live executors and hands them to the executors' lanes without waiting for an
 * answer; outcomes are recorded by the lanes. Reads only memory: the registry snapshot and the orders.
 */
@ApplicationScoped
public class DispatchRun {

  private static final Logger LOG = Logger.getLogger(DispatchRun.class.getName());

  @Inject ExecutorAddresses addresses;
  @Inject LiveExecutors liveExecutors;
  @Inject Routers routers;
  @Inject ProbingRoute probing;
  @Inject ExecutorLanes lanes;
  @Inject DispatchOutcomes outcomes;
  @Inject AdminConfig config;
  @Inject Clock clock;

  public void dispatch(List<RunOrder> due) {
    Instant firedAt = clock.instant();
    Map<String, List<Sending>> byAddress = new HashMap<>();
    for (RunOrder order : due) {
      try {
        route(order, firedAt, byAddress);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "dispatch of run " + order.runId() + " failed; the run is marked FAILED", e);
        outcomes.record(DispatchOutcome.failed(order.runId(), null, "dispatch failed: " + FailureText.of(e), firedAt));
      }
    }
    byAddress.forEach(lanes::send);
  }

  private void route(RunOrder order, Instant firedAt, Map<String, List<Sending>> byAddress) {
    if (order.addressOverride() != null) {
      byAddress.computeIfAbsent(order.addressOverride(), a -> new ArrayList<>()).add(Sending.of(order, firedAt));
      return;
    }
    ExecutorTarget target = order.target();
    List<String> reachable = addresses.of(target.addressMode(), target.appName(), target.manualAddresses());
    if (reachable.isEmpty()) {
      outcomes.record(DispatchOutcome.failed(order.runId(), null, noExecutor(target), firedAt));
      return;
    }
    List<String> live = order.glueType() == GlueType.BEAN ? liveExecutors.offering(reachable, order.handler()) : reachable;
    if (live.isEmpty()) {
      outcomes.record(DispatchOutcome.failed(order.runId(), null, noneOffers(target, order.handler(), reachable), firedAt));
      return;
    }
    if (order.routeStrategy() == RouteStrategy.SHARDING_BROADCAST) {
      // shard i was planned for the i-th executor; should one have gone since, the shard still runs
      String address = live.get(order.shardIndex() % live.size());
      byAddress.computeIfAbsent(address, a -> new ArrayList<>()).add(Sending.of(order, firedAt));
      return;
    }
    Optional<Probe> probe = routers.probeOf(order.routeStrategy());
    if (probe.isEmpty()) {
      String address = routers.of(order.routeStrategy()).route(order.jobId(), live);
      byAddress.computeIfAbsent(address, a -> new ArrayList<>()).add(Sending.of(order, firedAt));
      return;
    }
    probing.choose(live, probe.get(), order.jobId()).whenComplete((choice, failure) -> {
      if (failure != null) {
        LOG.log(Level.WARNING, "probing executors for run " + order.runId() + " failed", failure);
        outcomes.record(DispatchOutcome.failed(order.runId(), null, "probing the executors failed: " + FailureText.of(failure), firedAt));
      } else if (choice.found()) {
        lanes.send(choice.address(), List.of(Sending.of(order, firedAt)));
      } else {
        outcomes.record(DispatchOutcome.failed(order.runId(), null,
            "every executor refused the run (" + order.routeStrategy() + "): " + choice.refusals(), firedAt));
      }
    });
  }

  private static String noneOffers(ExecutorTarget target, String handler, List<String> reachable) {
    return "no live executor in group '" + target.appName() + "' offers handler '" + handler + "'; live executors: "
        + String.join(", ", reachable);
  }

  private String noExecutor(ExecutorTarget target) {
    return "no executor available in group '" + target.appName() + "': none has sent a heartbeat in the last "
        + config.deadAfter().toSeconds() + " s";
  }
}
