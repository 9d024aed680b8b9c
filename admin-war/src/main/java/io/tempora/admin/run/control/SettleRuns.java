package io.tempora.admin.run.control;

import io.tempora.admin.run.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Records what the lost-run check found, in one transaction, with the retries of the lost runs. */
@ApplicationScoped
public class SettleRuns {

  @Inject RunLocks locks;
  @Inject RetryFailedRuns retries;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void apply(Map<Long, String> lost, Collection<Long> running) {
    Instant now = clock.instant();
    List<Run> ended = new ArrayList<>();
    for (Run run : locks.lock(Stream.concat(lost.keySet().stream(), running.stream()).toList())) {
      String reason = lost.get(run.id());
      if (reason != null) {
        if (run.lost(reason, now)) {
          ended.add(run);
        }
      } else {
        run.running();
      }
    }
    retries.retry(ended);
  }
}
