package io.tempora.admin.dispatch.control;

import io.tempora.admin.executor.ExecutorClient;
import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.registry.control.LiveExecutors;
import io.tempora.protocol.ExecutorFeatures;
import io.tempora.protocol.Reply;
import io.tempora.protocol.TriggerOutcome;
import io.tempora.protocol.TriggerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One lane per executor address. Tempora executors that announced a batch trigger endpoint get a few
 * requests in flight carrying many runs each; XXL-JOB executors get one {@code /run} per run, with a
 * bounded number in flight. Every outcome, good or bad, is recorded.
 */
@ApplicationScoped
public class ExecutorLanes {

  static final ExecutorLane.Policy BATCHING = new ExecutorLane.Policy(4, 500);
  static final ExecutorLane.Policy SINGLE = new ExecutorLane.Policy(32, 1);
  private static final Logger LOG = Logger.getLogger(ExecutorLanes.class.getName());

  @Inject ExecutorClient client;
  @Inject LiveExecutors live;
  @Inject DispatchOutcomes outcomes;
  @Inject AdminConfig config;

  private final Map<String, ExecutorLane> lanes = new ConcurrentHashMap<>();
  private SendOutcomes outcomeOf;

  @PostConstruct
  void init() {
    outcomeOf = new SendOutcomes(config.misfireThreshold());
  }

  void send(String address, List<Sending> sendings) {
    lanes.computeIfAbsent(address, this::open).offer(sendings);
  }

  private ExecutorLane open(String address) {
    return new ExecutorLane(
        () -> live.featuresOf(address).batchTrigger() != null ? BATCHING : SINGLE, batch -> sendBatch(address, batch));
  }

  private CompletableFuture<?> sendBatch(String address, List<Sending> batch) {
    ExecutorFeatures features = live.featuresOf(address);
    if (features.batchTrigger() != null) {
      List<TriggerRequest> triggers = batch.stream().map(Sending::trigger).toList();
      return client.triggerBatch(address, features.batchTrigger(), triggers)
          .whenComplete((reply, failure) -> recordBatch(address, batch, reply, failure));
    }
    return CompletableFuture.allOf(batch.stream().map(sending -> sendOne(address, sending)).toArray(CompletableFuture[]::new));
  }

  private CompletableFuture<?> sendOne(String address, Sending sending) {
    return client.trigger(sending.order().target(), address, sending.trigger())
        .whenComplete((reply, failure) -> record(() -> outcomeOf.of(sending, address,
            reply == null ? 0 : reply.code(), reply == null ? null : reply.msg(), failure)));
  }

  private void recordBatch(String address, List<Sending> batch, Reply<List<TriggerOutcome>> reply, Throwable failure) {
    if (failure != null || !reply.succeeded() || reply.data() == null) {
      batch.forEach(sending -> record(() -> outcomeOf.of(sending, address,
          reply == null ? 0 : Reply.FAIL, reply == null ? null : reply.msg(), failure)));
      return;
    }
    Map<Long, TriggerOutcome> byRun = reply.data().stream()
        .collect(Collectors.toMap(TriggerOutcome::logId, Function.identity(), (a, b) -> a));
    for (Sending sending : batch) {
      TriggerOutcome answer = byRun.get(sending.order().runId());
      record(() -> answer == null
          ? outcomeOf.of(sending, address, 0, null, new IOException("the executor's batch answer left this run out"))
          : outcomeOf.of(sending, address, answer.code(), answer.msg(), null));
    }
  }

  private void record(Supplier<DispatchOutcome> outcome) {
    try {
      outcomes.record(outcome.get());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "a dispatch outcome could not be read; the run is settled by its result or the lost-run check", e);
    }
  }
}
