package io.tempora.admin.run.control;

import io.tempora.admin.group.control.ExecutorAddresses;
import io.tempora.admin.job.entity.JobSnapshot;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.ResourceNotFound;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.annotation.Resource;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a batch of triggers in one transaction. A trigger for a job that does not exist is answered
 * 404 on its own; the others are answered only after the commit, with the reason if it failed.
 */
@ApplicationScoped
public class StoreTriggeredRuns {

  @PersistenceContext EntityManager em;
  @Inject JobTargets targets;
  @Inject RunPlanner planner;
  @Inject ExecutorAddresses addresses;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transaction;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void store(List<TriggerOrder> batch) {
    Map<Long, JobSnapshot> jobs = targets.jobs(batch.stream().map(TriggerOrder::jobId).distinct().toList());
    Instant now = clock.instant();
    List<RunOrder> orders = new ArrayList<>();
    List<TriggerOrder> stored = new ArrayList<>();
    List<Long> fireIds = new ArrayList<>();
    for (TriggerOrder trigger : batch) {
      JobSnapshot job = jobs.get(trigger.jobId());
      if (job == null) {
        trigger.runId().completeExceptionally(new ResourceNotFound("job", trigger.jobId()));
        continue;
      }
      Optional<String> address;
      try {
        address = addresses.named(job.target(), trigger.addressOverride());
      } catch (InvalidField e) {
        trigger.runId().completeExceptionally(e);
        continue;
      }
      String params = trigger.paramsOverride() == null ? job.params() : trigger.paramsOverride();
      List<RunOrder> fire = planner.plan(job, TriggerType.MANUAL, now, params, address.orElse(null));
      orders.addAll(fire);
      stored.add(trigger);
      fireIds.add(fire.get(0).runId());
    }
    em.flush();
    planner.announce(orders);
    answerAfterCommit(stored, fireIds);
  }

  /** Each trigger is answered with its fire's run (shard 0 of a sharded fire). */
  private void answerAfterCommit(List<TriggerOrder> stored, List<Long> fireIds) {
    transaction.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        for (int i = 0; i < stored.size(); i++) {
          if (status == Status.STATUS_COMMITTED) {
            stored.get(i).runId().complete(fireIds.get(i));
          } else {
            stored.get(i).runId().completeExceptionally(new IllegalStateException("the transaction storing the run rolled back"));
          }
        }
      }
    });
  }
}
