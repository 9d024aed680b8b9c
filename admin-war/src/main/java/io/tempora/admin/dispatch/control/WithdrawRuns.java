package io.tempora.admin.dispatch.control;

import io.tempora.admin.job.control.EnabledJobs;
import io.tempora.admin.job.entity.JobWithdrawn;
import io.tempora.admin.run.control.CancelUnsentRuns;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs of a job that was disabled or deleted are taken out of the timing wheel and recorded CANCELLED.
 * On the node that made the change this happens as it commits; every node also checks once a second
 * whether the jobs of its held runs are still enabled, so a change made on another node reaches it
 * within a second. A run already on its way to an executor is not cancelled: it ran.
 */
@ApplicationScoped
public class WithdrawRuns {

  static final long CHECK_EVERY_MILLIS = 1000;
  private static final Logger LOG = Logger.getLogger(WithdrawRuns.class.getName());

  @Inject TimingWheel wheel;
  @Inject EnabledJobs enabledJobs;
  @Inject CancelUnsentRuns cancel;
  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<Long> uncancelled = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> checks;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    checks = scheduler.scheduleWithFixedDelay(this::check, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    if (checks != null) {
      checks.cancel(false);
    }
  }

  void onWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobWithdrawn withdrawn) {
    withdraw(Set.of(withdrawn.jobId()), withdrawn.reason());
  }

  void check() {
    try {
      if (!uncancelled.isEmpty()) {
        List<Long> retry = List.copyOf(uncancelled);
        cancel.cancel(retry, "the job was disabled or deleted before the run was sent");
        retry.forEach(uncancelled::remove);
      }
      Set<Long> held = wheel.heldJobs();
      if (held.isEmpty()) {
        return;
      }
      Set<Long> gone = new HashSet<>(held);
      gone.removeAll(enabledJobs.among(held));
      if (!gone.isEmpty()) {
        withdraw(gone, "the job was disabled or deleted before the run was sent");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "checking the jobs of held runs failed; checked again in a second", e);
    }
  }

  private void withdraw(Set<Long> jobIds, String reason) {
    List<Long> dropped = wheel.drop(jobIds);
    if (dropped.isEmpty()) {
      return;
    }
    try {
      cancel.cancel(dropped, reason);
    } catch (RuntimeException e) {
      uncancelled.addAll(dropped);
      LOG.log(Level.WARNING, dropped.size() + " unsent runs of withdrawn jobs " + jobIds + " could not be recorded"
          + " CANCELLED yet; retried every second", e);
    }
  }
}
