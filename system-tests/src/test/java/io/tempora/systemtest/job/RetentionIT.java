package io.tempora.systemtest.job;

import static io.tempora.systemtest.fixture.Jobs.aFailingJob;
import static io.tempora.systemtest.fixture.Jobs.aSleepingJob;
import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.tempora.client.ApiException;
import io.tempora.client.ApiResponse;
import io.tempora.client.model.Job;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.TriggerRequest;
import io.tempora.client.model.TriggerResponse;
import io.tempora.client.model.TriggerType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
  void aFireGoesWithItsRetriesOnlyWhenAllOfItIsPastRetention() throws Exception {
    Job job = admin.create(aFailingJob(admin.executorGroup().getId()).retryCount(1).retentionCount(1));
    List<Run> first = awaitAttempts(job, admin.trigger(job, "a"));

    List<Run> second = awaitAttempts(job, admin.trigger(job, "b"));
    await("the first fire deleted").atMost(Duration.ofSeconds(20))
        .until(() -> isGone(first.get(0).getId()) && isGone(first.get(1).getId()));

    await("the second fire kept whole, though its first attempt is beyond the newest run")
        .during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
        .until(() -> !isGone(second.get(0).getId()) && !isGone(second.get(1).getId()));
    assertThat(admin.runs.getRun(second.get(1).getId()).getRetryOf()).isEqualTo(second.get(0).getId());
  }

  @Test
  void aDeletedParentRunLeavesItsChildRunUnlinkedAndItsIdempotencyKeyFree() throws Exception {
    long group = admin.executorGroup().getId();
    Job child = admin.create(anEchoJob(group));
    Job parent = admin.create(anEchoJob(group).retentionCount(1).childJobIds(List.of(child.getId())));
    String key = UUID.randomUUID().toString();
    long first = admin.jobs.triggerJob(parent.getId(), key, new TriggerRequest()).getRunId();
    admin.awaitFinal(first);
    long second = admin.trigger(parent, "again");
    admin.awaitFinal(second);

    await("the older parent run deleted").atMost(Duration.ofSeconds(20)).until(() -> isGone(first));

    List<Run> childRuns = admin.runs.listRuns(child.getId(), null, null, null, null, null, 0, 10).getItems();
    assertThat(childRuns).extracting(Run::getTriggerType).containsOnly(TriggerType.PARENT);
    assertThat(childRuns).extracting(Run::getParentRunId).containsExactly(second, null);
    ApiResponse<TriggerResponse> repeat = admin.jobs.triggerJobWithHttpInfo(parent.getId(), key, new TriggerRequest());
    assertThat(repeat.getStatusCode()).as("the key's run is gone, so the repeat is a new trigger").isEqualTo(202);
    assertThat(repeat.getData().getRunId()).isNotEqualTo(first);
  }

  private List<Run> awaitAttempts(Job job, long fireId) {
    return await("both attempts of fire " + fireId + " final").atMost(Duration.ofSeconds(30))
        .until(() -> admin.runs.getRunFire(fireId).getRuns(),
            runs -> runs.size() == 2 && runs.stream().allMatch(run -> run.getStatus() == RunStatus.FAILED));
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
