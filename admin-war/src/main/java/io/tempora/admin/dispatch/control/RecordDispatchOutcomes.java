package io.tempora.admin.dispatch.control;

import io.tempora.admin.run.control.RunLocks;
import io.tempora.admin.run.control.RunsEnded;
import io.tempora.admin.run.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes a batch of dispatch outcomes in one transaction, with the retries of the runs no executor took. */
@ApplicationScoped
public class RecordDispatchOutcomes {

  @Inject RunLocks runLocks;
  @Inject Event<RunsEnded> runsEnded;

  @Transactional
  public void apply(List<DispatchOutcome> outcomes) {
    Map<Long, Run> runs =
        runLocks.lock(outcomes.stream().map(DispatchOutcome::runId).toList()).stream()
            .collect(Collectors.toMap(Run::id, Function.identity()));
    List<Run> failed = new ArrayList<>();
    for (DispatchOutcome outcome : outcomes) {
      Run run = runs.get(outcome.runId());
      if (run == null) {
        continue;
      }
      switch (outcome.kind()) {
        case ACCEPTED, UNCONFIRMED -> run.dispatched(outcome.address(), outcome.at(), outcome.reason());
        case FAILED -> {
          if (!run.status().isFinal()) {
            run.dispatchFailed(outcome.address(), outcome.reason(), outcome.at());
            failed.add(run);
          }
        }
      }
    }
    RunsEnded.fire(runsEnded, failed);
  }
}
