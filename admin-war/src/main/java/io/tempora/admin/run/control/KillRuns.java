package io.tempora.admin.run.control;

import io.tempora.admin.platform.ResourceNotFound;
import io.tempora.admin.platform.StateConflict;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Records who asked to kill a run. The executor's {@code /kill} ends everything of the job it holds,
 * the running run and the queued ones (XXL-JOB's semantics), so every run of that job out there on that
 * executor is marked; each becomes KILLED when its result comes. A run not sent yet cannot be killed on
 * an executor; a run that has ended cannot be killed at all.
 */
@ApplicationScoped
public class KillRuns {

  @PersistenceContext EntityManager em;
  @Inject RunLocks locks;

  /** What to ask which executor. */
  public record KillOrder(long jobId, String executorAddress, List<Long> runIds) {}

  @Transactional
  public KillOrder request(long runId, String by) {
    Run run = em.find(Run.class, runId);
    if (run == null) {
      throw new ResourceNotFound("run", runId);
    }
    List<Long> ids = new ArrayList<>(em.createQuery(
            "select r.id from Run r where r.jobId = :job and r.executorAddress = :address and r.status in :outThere",
            Long.class)
        .setParameter("job", run.jobId())
        .setParameter("address", run.executorAddress())
        .setParameter("outThere", List.of(RunStatus.DISPATCHED, RunStatus.RUNNING))
        .getResultList());
    ids.add(runId);
    List<Run> locked = locks.lock(ids); // in id order, like every other writer of runs
    em.refresh(run);
    if (run.status() == RunStatus.SCHEDULED) {
      throw new StateConflict("run " + runId + " has not been sent to an executor yet (due at " + run.dueAt()
          + "), so there is nothing to kill; disabling the job cancels its runs not yet sent");
    }
    if (!run.status().isOutThere()) {
      throw new StateConflict("run " + runId + " has already ended: " + run.status());
    }
    List<Long> marked = locked.stream().filter(other -> other.killRequested(by)).map(Run::id).toList();
    return new KillOrder(run.jobId(), run.executorAddress(), marked);
  }
}
