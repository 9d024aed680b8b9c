package io.tempora.admin.run.control;

import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The lost-run check's reads and writes, each in a transaction of its own. */
@ApplicationScoped
public class SettleRuns {

  @Inject RunLocks locks;
  @Inject Event<RunsEnded> runsEnded;
  @Inject Clock clock;

  @PersistenceContext EntityManager em;

  /** Runs sent before {@code sentBefore} and not finished, oldest first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Run> outThereSince(Instant sentBefore, int limit) {
    return em.createQuery("select r from Run r where r.status in :out and r.firedAt < :before order by r.firedAt", Run.class)
        .setParameter("out", List.of(RunStatus.DISPATCHED, RunStatus.RUNNING))
        .setParameter("before", sentBefore)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Records what the check found, with the retries of the lost runs. */
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
    RunsEnded.fire(runsEnded, ended);
  }
}
