package io.tempora.admin.run.control;

import io.tempora.admin.run.entity.Run;
import io.tempora.protocol.CallbackResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a batch of executor results in one transaction, with what their ends cause (retries...). Only runs not
 * yet final change, so a callback the executor repeats (it retries until acknowledged) has no second
 * effect.
 */
@ApplicationScoped
public class CompleteRuns {

  @Inject RunLocks runLocks;
  @Inject Event<RunsEnded> runsEnded;
  @Inject Clock clock;

  @Transactional
  public void complete(List<CallbackResult> results) {
    Instant now = clock.instant();
    Map<Long, Run> runs =
        runLocks.lock(results.stream().map(CallbackResult::logId).toList()).stream()
            .collect(Collectors.toMap(Run::id, Function.identity()));
    List<Run> ended = new ArrayList<>();
    for (CallbackResult result : results) {
      Run run = runs.get(result.logId());
      if (run != null && run.complete(result.handleCode(), result.handleMsg(), instant(result.startedAt()), finished(result, now))) {
        ended.add(run);
      }
    }
    RunsEnded.fire(runsEnded, ended);
  }

  /**
   * The executor's finish time, unless its clock is ahead of ours: a run never finishes after its
   * result arrived.
   */
  private static Instant finished(CallbackResult result, Instant now) {
    Instant reported = instant(result.finishedAt());
    return reported == null || reported.isAfter(now) ? now : reported;
  }

  private static Instant instant(Long epochMillis) {
    return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
  }
}
