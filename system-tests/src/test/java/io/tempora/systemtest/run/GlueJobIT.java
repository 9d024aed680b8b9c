package io.tempora.systemtest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.GlueType;
import io.tempora.client.model.Job;
import io.tempora.client.model.JobRequest;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.ScheduleType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.Jobs;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** GLUE jobs: the source kept with the job reaches the executor with each run; an edit takes effect on the next run. */
@SystemTest
class GlueJobIT {

  private final Admin admin;

  GlueJobIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void aShellJobsSourceRunsOnTheExecutorAndAnEditedSourceRunsNext() throws Exception {
    JobRequest request = glueJob(GlueType.GLUE_SHELL, "#!/bin/bash\necho \"first version says $1\"\n");
    Job job = admin.create(request);

    long firstRun = admin.trigger(job, "hi");
    assertThat(admin.awaitFinal(firstRun).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(logOf(firstRun)).contains("first version says hi");

    admin.jobs.updateJob(job.getId(), request.glueSource("#!/bin/bash\necho \"second version says $1\"\nexit 3\n"));
    long secondRun = admin.trigger(job, "hi");
    Run second = admin.awaitFinal(secondRun);

    assertThat(second.getStatus()).as(second.toString()).isEqualTo(RunStatus.FAILED);
    assertThat(second.getMessage()).contains("exited with code 3");
    assertThat(logOf(secondRun)).contains("second version says hi");
  }

  @Test
  void aJavaScriptJobRunsInTheSandbox() throws Exception {
    Job job = admin.create(glueJob(GlueType.GLUE_JS, "tempora.log('js got ' + tempora.params); 'done ' + tempora.params;"));

    long runId = admin.trigger(job, "p1");
    Run run = admin.awaitFinal(runId);

    assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(logOf(runId)).contains("js got p1");
  }

  @Test
  void aJavaScriptJobWithoutTimeoutEndsAfterTheExecutorsGlueTimeout() throws Exception {
    Job job = admin.create(glueJob(GlueType.GLUE_JS, "while (true) {}").timeoutSeconds(0));

    Run run = admin.awaitFinal(admin.trigger(job, ""), TemporaServers.GLUE_TIMEOUT.multipliedBy(4));

    assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.TIMED_OUT);
    assertThat(run.getMessage()).contains("timed out after " + TemporaServers.GLUE_TIMEOUT.toSeconds() + "s");
  }

  @Test
  void aShellJobRunsUnderTheExecutorsResourceLimits() throws Exception {
    Job job = admin.create(glueJob(GlueType.GLUE_SHELL,
        "echo \"limits cpu=$(ulimit -t) memory=$(ulimit -v) processes=$(ulimit -u) files=$(ulimit -n)\""));

    long runId = admin.trigger(job, "");

    assertThat(admin.awaitFinal(runId).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(logOf(runId)).contains("limits cpu=3600 memory=" + 4096 * 1024 + " processes=1024 files=1024");
  }

  private JobRequest glueJob(GlueType type, String source) throws Exception {
    return new JobRequest()
        .groupId(admin.executorGroup().getId())
        .name(Jobs.uniqueName(type.getValue().toLowerCase()))
        .scheduleType(ScheduleType.NONE)
        .glueType(type)
        .glueSource(source);
  }

  private String logOf(long runId) {
    return await("the log of run " + runId).atMost(Duration.ofSeconds(10)).ignoreExceptions()
        .until(() -> admin.runs.getRunLog(runId, 1), log -> log.getEnd())
        .getContent();
  }
}
