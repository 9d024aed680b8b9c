package io.tempora.systemtest.run;

import static io.tempora.systemtest.fixture.Jobs.aSleepingJob;
import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.tempora.client.ApiException;
import io.tempora.client.model.Job;
import io.tempora.client.model.Kill;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/runs/{id}/kill} through the generated client, against a real executor. */
@SystemTest
class KillRunIT {

  private final Admin admin;

  KillRunIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void killEndsTheRunningRunAndTheJobsQueuedOnesAsKilledSayingWho() throws Exception {
    Job job = admin.create(aSleepingJob(admin.executorGroup().getId(), 60_000));
    long running = admin.trigger(job, "60000");
    long queued = admin.trigger(job, "60000");
    await("both runs reach the executor").atMost(Duration.ofSeconds(10)).until(() ->
        admin.runs.getRun(running).getStatus() != RunStatus.SCHEDULED
            && admin.runs.getRun(queued).getStatus() != RunStatus.SCHEDULED);

    Kill kill = admin.runs.killRun(running);

    assertThat(kill.getRunIds()).containsExactlyInAnyOrder(running, queued);
    for (long runId : new long[] {running, queued}) {
      Run run = admin.awaitFinal(runId, Duration.ofSeconds(20));
      assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.KILLED);
      assertThat(run.getKilledBy()).startsWith("token '");
      assertThat(run.getMessage()).startsWith("killed by token '");
    }
  }

  @Test
  void aRunThatHasEndedCannotBeKilledAndAnUnknownOneIsNotFound() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));
    Run done = admin.awaitFinal(admin.trigger(job, "done"));

    ApiException ended = catchThrowableOfType(() -> admin.runs.killRun(done.getId()), ApiException.class);
    ApiException unknown = catchThrowableOfType(() -> admin.runs.killRun(Long.MAX_VALUE), ApiException.class);

    assertThat(ended.getCode()).isEqualTo(409);
    assertThat(ended.getResponseBody()).contains("has already ended: SUCCEEDED");
    assertThat(admin.runs.getRun(done.getId()).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(unknown.getCode()).isEqualTo(404);
  }
}
