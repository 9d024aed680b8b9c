package io.tempora.admin.run.control;

import io.tempora.admin.executor.ExecutorClient;
import io.tempora.admin.platform.ExecutorUnavailable;
import io.tempora.admin.run.control.KillRuns.KillOrder;
import io.tempora.protocol.JobRequest;
import io.tempora.protocol.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kills a run: records the request (committed first, so the result that the kill causes finds it),
 * then asks the run's executor to kill the job's work there.
 */
@ApplicationScoped
public class KillRun {

  @Inject KillRuns kills;
  @Inject ExecutorClient executors;

  /** What the executor said; the runs become KILLED when their results arrive. */
  public record Killing(KillOrder order, String executorMessage) {}

  public Killing kill(long runId, String by) {
    KillOrder order = kills.request(runId, by);
    Reply<Void> reply = ask(order);
    if (!reply.succeeded()) {
      throw new ExecutorUnavailable("executor " + order.executorAddress() + " refused to kill job " + order.jobId()
          + ": " + reply.msg() + "; the runs are still marked as killed by " + by + " and end KILLED if they fail");
    }
    return new Killing(order, reply.msg());
  }

  private Reply<Void> ask(KillOrder order) {
    try {
      return executors.probe(order.executorAddress(), "kill", new JobRequest(order.jobId()))
          .get(ExecutorClient.TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new ExecutorUnavailable("executor " + order.executorAddress() + " did not answer the kill of job "
          + order.jobId() + " (" + e + "); the runs end KILLED if the executor reports them failed, or LOST if it"
          + " never reports them");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExecutorUnavailable("interrupted while asking executor " + order.executorAddress() + " to kill");
    }
  }
}
