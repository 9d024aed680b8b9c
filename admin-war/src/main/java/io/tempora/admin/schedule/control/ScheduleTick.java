package io.tempora.admin.schedule.control;

import io.tempora.admin.cluster.control.NodeLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One heartbeat of the scheduler: claim the due fires, store them as runs and hand them to dispatch
 * (after the commit). Several claimers work side by side — SKIP LOCKED gives each different jobs — so
 * the database's inserts use more than one core; each claims on while its batches come back full. A
 * node without a valid lease claims nothing: it could not send what it claims.
 */
@ApplicationScoped
public class ScheduleTick {

  static final int CLAIMERS = 2;

  @Inject ClaimDueJobs claimDueJobs;
  @Inject NodeLease lease;
  @Resource ManagedThreadFactory threads;

  private ExecutorService claimers;

  @PostConstruct
  void open() {
    claimers = Executors.newFixedThreadPool(CLAIMERS, threads);
  }

  @PreDestroy
  void close() {
    claimers.shutdownNow();
  }

  public void run() {
    if (!lease.valid()) {
      return;
    }
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < CLAIMERS; i++) {
      running.add(claimers.submit(this::claimWhileFull));
    }
    RuntimeException failure = null;
    for (Future<?> claimer : running) {
      try {
        claimer.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        failure = e.getCause() instanceof RuntimeException known ? known : new IllegalStateException(e.getCause());
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void claimWhileFull() {
    while (claimDueJobs.claim() == ClaimDueJobs.BATCH && lease.valid()) {
      // a full batch means more jobs are due; claim on rather than wait a tick
    }
  }
}
