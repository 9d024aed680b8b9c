package io.tempora.admin.run.control;

import io.tempora.admin.executor.ExecutorClient;
import io.tempora.admin.registry.control.LiveExecutors;
import io.tempora.admin.registry.control.RegistryView;
import io.tempora.admin.run.entity.Run;
import io.tempora.protocol.ExecutorFeatures;
import io.tempora.protocol.Reply;
import io.tempora.protocol.RunState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Finds runs that were sent but whose result will never come: their executor stopped beating, or a
 * Tempora executor says it does not know them (it restarted, or never got a /run that timed out). Such
 * a run ends LOST with the reason, and its retries apply. Runs the executor says are running are
 * marked RUNNING. Only runs sent more than {@link #GRACE} ago are asked about, so a trigger still on its
 * way is not mistaken for a lost one. Every admin node checks every run: the conditional transitions
 * make a second verdict a no-op.
 */
@ApplicationScoped
public class FindLostRuns {

  static final Duration GRACE = Duration.ofSeconds(15);
  static final int BATCH = 1000;
  private static final Logger LOG = Logger.getLogger(FindLostRuns.class.getName());

  @Inject LiveExecutors live;
  @Inject ExecutorClient client;
  @Inject SettleRuns settle;
  @Inject Clock clock;

  /** The executor that has not beaten for this long is gone, and so are its runs. */
  static final Duration EXECUTOR_GONE_AFTER = Duration.ofSeconds(60);

  public int check() {
    Instant now = clock.instant();
    Map<String, List<Long>> byExecutor = settle.outThereSince(now.minus(GRACE), BATCH).stream()
        .filter(run -> run.executorAddress() != null)
        .collect(Collectors.groupingBy(Run::executorAddress, Collectors.mapping(Run::id, Collectors.toList())));
    RegistryView view = live.view();
    Map<Long, String> lost = new HashMap<>();
    Set<Long> running = new HashSet<>();
    byExecutor.forEach((address, runIds) -> {
      Instant lastBeat = view.lastBeat(address).orElse(null);
      if (lastBeat == null || lastBeat.isBefore(now.minus(EXECUTOR_GONE_AFTER))) {
        String reason = "lost: executor " + address + " stopped beating"
            + (lastBeat == null ? " (no heartbeat in the registry)" : " (last heartbeat " + lastBeat + ")");
        runIds.forEach(id -> lost.put(id, reason));
        return;
      }
      ExecutorFeatures features = view.featuresOf(address);
      if (features.runStatus() != null) {
        ask(address, features.runStatus(), runIds, lost, running);
      }
    });
    if (!lost.isEmpty() || !running.isEmpty()) {
      settle.apply(lost, running);
      if (!lost.isEmpty()) {
        LOG.warning(() -> lost.size() + " runs are lost, e.g. run " + lost.keySet().iterator().next() + ": " + lost.values().iterator().next());
      }
    }
    return lost.size();
  }

  private void ask(String address, String path, List<Long> runIds, Map<Long, String> lost, Set<Long> running) {
    Reply<List<RunState>> reply;
    try {
      reply = client.runStatus(address, path, runIds).get(ExecutorClient.TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      // unreachable now: it is judged by its heartbeat on a later check
      return;
    }
    if (!reply.succeeded() || reply.data() == null) {
      return;
    }
    for (RunState state : reply.data()) {
      if (!runIds.contains(state.logId())) {
        continue;
      }
      switch (state.state()) {
        case UNKNOWN -> lost.put(state.logId(), "lost: executor " + address + " does not know the run (it restarted, or never got it)");
        case RUNNING -> running.add(state.logId());
        default -> { }
      }
    }
  }
}
