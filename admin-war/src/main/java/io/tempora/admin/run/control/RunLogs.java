package io.tempora.admin.run.control;

import io.tempora.admin.executor.ExecutorClient;
import io.tempora.admin.platform.ExecutorUnavailable;
import io.tempora.admin.run.entity.Run;
import io.tempora.protocol.LogPage;
import io.tempora.protocol.LogRequest;
import io.tempora.protocol.LogReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;

/**
 * A run's log lives on the executor that ran it; the admin reads it from there page by page. A run
 * that never reached an executor has no log: the page says why instead. The end of a log is decided
 * here, not by the executor (see {@link LogEnd}).
 */
@ApplicationScoped
public class RunLogs {

  @Inject RunQueries runs;
  @Inject ExecutorClient client;
  @Inject Clock clock;

  public LogPage read(long runId, int fromLine) {
    Run run = runs.get(runId);
    if (run.executorAddress() == null || run.firedAt() == null) {
      String why = run.message() == null ? "the run has not reached an executor yet" : run.message();
      return new LogPage(fromLine, fromLine - 1, "no executor log: " + why, run.status().isFinal());
    }
    try {
      LogReply reply = client.log(run.executorAddress(), new LogRequest(runId, run.firedAt().toEpochMilli(), fromLine));
      if (!reply.succeeded()) {
        throw new ExecutorUnavailable("executor " + run.executorAddress() + " could not read the log of run " + runId + ": " + reply.msg());
      }
      return LogEnd.judge(reply.page(), run, clock.instant());
    } catch (IOException e) {
      throw new ExecutorUnavailable("executor " + run.executorAddress() + " holds the log of run " + runId + " and is unreachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExecutorUnavailable("interrupted while reading the log of run " + runId);
    }
  }
}
