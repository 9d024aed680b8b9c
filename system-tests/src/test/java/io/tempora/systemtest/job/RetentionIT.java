package io.tempora.systemtest.job;

import static io.tempora.systemtest.fixture.Jobs.aSleepingJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.tempora.client.ApiException;
import io.tempora.client.model.Job;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Run retention per job: final runs beyond the newest {@code retentionCount} are deleted by the sweep
 * (every {@link TemporaServers#RETENTION_SWEEP} here), unfinished ones stay until they end.
 */
@SystemTest
class RetentionIT {

  private final Admin admin;

  RetentionIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void finalRunsBeyondTheNewestCountAreDeletedAndARunningOneOnlyOnceItEnded() throws Exception {
    Job job = admin.create(aSleepingJob(admin.executorGroup().getId(), 10).retentionCount(2));
    assertThat(job.getRetentionCount()).isEqualTo(2);
    long first = admin.trigger(job, "10");
    long second = admin.trigger(job, "10");
    assertThat(admin.awaitFinal(first).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(admin.awaitFinal(second).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    long running = admin.trigger(job, "20000");
    Run sent = await("run " + running + " sent").atMost(Duration.ofSeconds(30))
        .until(() -> admin.runs.getRun(running), run -> run.getStatus() != RunStatus.SCHEDULED);
    assertThat(sent.getStatus()).as(sent.toString()).isIn(RunStatus.DISPATCHED, RunStatus.RUNNING);
    long queued1 = admin.trigger(job, "10");
    long queued2 = admin.trigger(job, "10");

    await("the two final runs beyond the newest two deleted").atMost(Duration.ofSeconds(20))
        .until(() -> isGone(first) && isGone(second));
    Run stillRunning = admin.runs.getRun(running);
    assertThat(stillRunning.getStatus()).as("beyond the newest two, but not final").isIn(RunStatus.DISPATCHED, RunStatus.RUNNING);
    assertThat(notFound(() -> admin.runs.getRunLog(first, 1))).as("log of a deleted run").isEqualTo(404);

    await("run " + running + " deleted once it ended").atMost(Duration.ofSeconds(80)).until(() -> isGone(running));
    List<Run> kept = admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 10).getItems();
    assertThat(kept).extracting(Run::getId).containsExactly(queued2, queued1);
  }

  @Test
  void retentionMustBePositive() {
    ApiException rejected = catchThrowableOfType(ApiException.class,
        () -> admin.create(aSleepingJob(admin.groupWithoutExecutors().getId(), 10).retentionDays(0)));

    assertThat(rejected.getCode()).isEqualTo(400);
    assertThat(rejected.getResponseBody()).contains("retentionDays");
  }

  private boolean isGone(long runId) {
    return notFound(() -> admin.runs.getRun(runId)) == 404;
  }

  private interface Call {
    void run() throws Exception;
  }

  /** The status of the call's ApiException, or 0 when it succeeded. */
  private static int notFound(Call call) {
    ApiException failure = catchThrowableOfType(ApiException.class, call::run);
    return failure == null ? 0 : failure.getCode();
  }
}
