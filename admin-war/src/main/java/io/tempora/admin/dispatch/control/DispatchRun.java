package io.tempora.admin.dispatch.control;

import io.tempora.admin.group.control.ExecutorAddresses;
import io.tempora.admin.platform.AdminConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes a run to a live executor and sends it the trigger without blocking a thread on the answer;
 * the outcome is handed to {@link DispatchOutcomes}, which writes outcomes in batches.
 */
@ApplicationScoped
public class DispatchRun {

  private static final Logger LOG = Logger.getLogger(DispatchRun.class.getName());

  @Inject ExecutorAddresses addresses;
  @Inject Routers routers;
  @Inject ExecutorClient client;
  @Inject ProbingRoute probing;
  @Inject DispatchOutcomes outcomes;
  @Inject AdminConfig config;
  @Inject Clock clock;

  public void dispatch(DispatchOrder order) {
    Instant firedAt = clock.instant();
    try {
      ExecutorTarget target = order.target();
      List<String> live = addresses.of(target.addressMode(), target.appName(), target.manualAddresses());
      if (live.isEmpty()) {
        outcomes.record(DispatchOutcome.failed(order.runId(), null, noExecutor(target), firedAt));
        return;
      }
      Optional<Probe> probe = routers.probeOf(order.routeStrategy());
      if (probe.isPresent()) {
        probing.choose(live, probe.get(), order.jobId()).thenAccept(choice -> {
          if (choice.found()) {
            send(order, choice.address(), firedAt);
          } else {
            outcomes.record(DispatchOutcome.failed(order.runId(), null,
                "every executor refused the run (" + order.routeStrategy() + "): " + choice.refusals(), firedAt));
          }
        });
      } else {
        send(order, routers.of(order.routeStrategy()).route(order.jobId(), live), firedAt);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "dispatch of run " + order.runId() + " failed; the run is marked FAILED", e);
      outcomes.record(DispatchOutcome.failed(order.runId(), null, "dispatch failed: " + e, firedAt));
    }
  }

  private void send(DispatchOrder order, String address, Instant firedAt) {
    client.trigger(order.target(), address, order.toTrigger(firedAt))
        .whenComplete((reply, failure) -> outcomes.record(outcomeOf(order.runId(), address, reply, failure, firedAt)));
  }

  private String noExecutor(ExecutorTarget target) {
    return "no executor available in group '" + target.appName() + "': none has sent a heartbeat in the last "
        + config.deadAfter().toSeconds() + " s";
  }

  private static DispatchOutcome outcomeOf(long runId, String address, io.tempora.protocol.Reply<Void> reply,
      Throwable failure, Instant firedAt) {
    if (failure != null) {
      Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
      return DispatchOutcome.failed(runId, address, "executor " + address + " unreachable: " + cause, firedAt);
    }
    if (!reply.succeeded()) {
      return DispatchOutcome.failed(runId, address, "executor " + address + " refused the run: " + reply.msg(), firedAt);
    }
    return DispatchOutcome.accepted(runId, address, firedAt);
  }
}
