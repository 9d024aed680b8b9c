package io.tempora.systemtest.run;

import static io.tempora.systemtest.fixture.Jobs.aFailingJob;
import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.Job;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.TriggerType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@SystemTest
class ManualTriggerIT {

  private final TemporaServers servers;
  private final Admin admin;

  ManualTriggerIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void triggeredEchoJobSucceedsOnTheExecutorAndLogsItsParams() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));

    long runId = admin.trigger(job, "hello from the system test");
    Run run = admin.awaitFinal(runId);

    assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.getJobId()).isEqualTo(job.getId());
    assertThat(run.getTriggerType()).isIn(TriggerType.MANUAL, TriggerType.API);
    assertThat(run.getExecutorAddress()).isEqualTo(servers.executorAddress());
    assertThat(run.getFinishedAt()).isAfterOrEqualTo(run.getDueAt());
    assertThat(await("the run's log").atMost(Duration.ofSeconds(10)).ignoreExceptions()
            .until(() -> admin.runs.getRunLog(runId, 1).getContent(), log -> log.contains("hello from the system test")))
        .contains("hello from the system test");
  }

  @Test
  void failingHandlerEndsFailedWithItsMessage() throws Exception {
    Job job = admin.create(aFailingJob(admin.executorGroup().getId()));

    Run run = admin.awaitFinal(admin.trigger(job, "disk full on purpose"));

    assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.FAILED);
    assertThat(run.getMessage()).contains("disk full on purpose");
    assertThat(run.getHandleCode()).isEqualTo(500);
  }

  @Test
  void runsAreListedNewestFirstForTheirJob() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));
    long first = admin.trigger(job, "first");
    long second = admin.trigger(job, "second");
    admin.awaitFinal(first);
    admin.awaitFinal(second);

    assertThat(admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 20).getItems())
        .extracting(Run::getId)
        .containsExactly(second, first);
  }

  @Test
  void aJobDeletedThroughTheGeneratedClientIsGone() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));

    admin.jobs.deleteJob(job.getId());

    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> admin.jobs.getJob(job.getId()), io.tempora.client.ApiException.class).getCode())
        .isEqualTo(404);
  }
}
