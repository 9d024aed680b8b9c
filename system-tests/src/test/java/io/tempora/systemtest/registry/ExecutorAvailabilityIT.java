package io.tempora.systemtest.registry;

import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.Job;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@SystemTest
class ExecutorAvailabilityIT {

  private static final String NO_EXECUTOR = "no executor available";

  private final TemporaServers servers;
  private final Admin admin;

  ExecutorAvailabilityIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void runOfAGroupWithoutExecutorsFailsAtOnceSayingNoExecutorIsAvailable() throws Exception {
    Job job = admin.create(anEchoJob(admin.groupWithoutExecutors().getId()));

    Run run = admin.awaitFinal(admin.trigger(job, "nobody listens"), Duration.ofSeconds(10));

    assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.FAILED);
    assertThat(run.getMessage()).isNotNull();
    assertThat(run.getMessage().toLowerCase(Locale.ROOT)).contains(NO_EXECUTOR);
    assertThat(run.getExecutorAddress()).isNull();
  }

  @Test
  void stoppedExecutorMakesRunsFailAndRestartedExecutorHealsThem() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));
    Run before = admin.awaitFinal(admin.trigger(job, "before"));
    assertThat(before.getStatus()).as(before.toString()).isEqualTo(RunStatus.SUCCEEDED);

    servers.stopExecutor();
    try {
      Run failed = await("a run failing for want of an executor")
          .atMost(TemporaServers.DEAD_AFTER.plusSeconds(10))
          .until(() -> admin.awaitFinal(admin.trigger(job, "while down")), this::failedForWantOfExecutor);
      assertThat(failed.getExecutorAddress()).isNull();
    } finally {
      servers.startExecutor();
    }

    admin.executorGroup();
    Run after = admin.awaitFinal(admin.trigger(job, "after"));
    assertThat(after.getStatus()).as(after.toString()).isEqualTo(RunStatus.SUCCEEDED);
  }

  private boolean failedForWantOfExecutor(Run run) {
    return run.getStatus() == RunStatus.FAILED
        && run.getMessage() != null
        && run.getMessage().toLowerCase(Locale.ROOT).contains(NO_EXECUTOR);
  }
}
