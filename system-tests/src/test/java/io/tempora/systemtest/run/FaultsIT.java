package io.tempora.systemtest.run;

import static io.tempora.systemtest.fixture.Jobs.aCronEchoJob;
import static io.tempora.systemtest.fixture.Jobs.aSleepingJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.Job;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What happens to runs when a process dies or restarts under them. */
@SystemTest
class FaultsIT {

  private final TemporaServers servers;
  private final Admin admin;

  FaultsIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  /**
   * The admin stops and starts while the executor keeps running: the runs it had sent end SUCCEEDED with
   * their dispatch recorded (when they were fired, on which executor), none is left SCHEDULED or sent
   * again, and the restarted admin does not mistake the live executor for a dead one.
   */
  @Test
  void runsAcrossAnAdminRestartEndSucceededWithTheirDispatchRecorded() throws Exception {
    Job job = admin.create(aCronEchoJob(admin.executorGroup().getId(), "* * * * * ?"));
    await().atMost(Duration.ofSeconds(60)).until(() -> admin.countRuns(job, RunStatus.SUCCEEDED) >= 3);

    servers.restartAdmin();
    Admin restarted = new Admin(servers);
    long before = restarted.countRuns(job, RunStatus.SUCCEEDED);
    await().atMost(Duration.ofSeconds(60)).until(() -> restarted.countRuns(job, RunStatus.SUCCEEDED) >= before + 5);
    restarted.jobs.disableJob(job.getId());

    await("every run of the job final").atMost(Duration.ofSeconds(60))
        .until(() -> runsOf(restarted, job).stream().allMatch(run -> Admin.FINAL.contains(run.getStatus())));
    List<Run> runs = runsOf(restarted, job);
    assertThat(runs).filteredOn(run -> run.getStatus() == RunStatus.SUCCEEDED)
        .allSatisfy(run -> {
          assertThat(run.getFiredAt()).as("fired at, run " + run.getId()).isNotNull();
          assertThat(run.getExecutorAddress()).as("executor of run " + run.getId()).isEqualTo(servers.executorAddress());
        });
    assertThat(runs).as("runs failed although the executor was up")
        .noneMatch(run -> run.getStatus() == RunStatus.FAILED || run.getStatus() == RunStatus.LOST);
  }

  /**
   * An executor killed with a run on it: the run ends LOST with the reason — the executor stopped beating,
   * or, back after its restart, it does not know the run — instead of staying DISPATCHED for ever.
   */
  @Test
  void aRunWhoseExecutorIsKilledMidRunEndsLost() throws Exception {
    Job job = admin.create(aSleepingJob(admin.executorGroup().getId(), 120_000));
    long runId = admin.trigger(job, "120000");
    await().atMost(Duration.ofSeconds(30)).until(() -> admin.runs.getRun(runId).getStatus(), status -> status == RunStatus.DISPATCHED);

    servers.killExecutor();
    servers.startExecutor();

    Run run = admin.awaitFinal(runId, Duration.ofSeconds(90));
    assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.LOST);
    assertThat(run.getMessage()).containsAnyOf("does not know the run", "stopped beating");
  }

  private static List<Run> runsOf(Admin admin, Job job) throws Exception {
    return admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 500).getItems();
  }
}
