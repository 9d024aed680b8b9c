package io.tempora.systemtest.run;

import static io.tempora.systemtest.fixture.Jobs.aSleepingJob;
import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.AddressMode;
import io.tempora.client.model.ExecutorGroup;
import io.tempora.client.model.ExecutorGroupRequest;
import io.tempora.client.model.Job;
import io.tempora.client.model.RouteStrategy;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.Jobs;
import io.tempora.systemtest.fixture.RegisteredAddress;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Routes that probe, against a manual group whose first address is dead and whose second is the real
 * executor; and routing among only the executors that offer a job's handler.
 */
@SystemTest
class RoutingIT {

  /** Port 1 refuses connections, and the address sorts before the executor's, so FIRST picks it. */
  private static final String DEAD = "http://127.0.0.1:1/";

  private final TemporaServers servers;
  private final Admin admin;

  RoutingIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void failoverSkipsAnExecutorThatDoesNotAnswerWhereFirstFails() throws Exception {
    long group = manualGroup(List.of(DEAD, servers.executorAddress()));

    Run first = admin.awaitFinal(admin.trigger(admin.create(anEchoJob(group).routeStrategy(RouteStrategy.FIRST)), "f"));
    Run failover = admin.awaitFinal(admin.trigger(admin.create(anEchoJob(group).routeStrategy(RouteStrategy.FAILOVER)), "f"));

    assertThat(first.getStatus()).as(first.toString()).isEqualTo(RunStatus.FAILED);
    assertThat(first.getMessage()).contains(DEAD);
    assertThat(failover.getStatus()).as(failover.toString()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(failover.getExecutorAddress()).isEqualTo(servers.executorAddress());
  }

  @Test
  void busyoverRefusesARunWhileTheJobIsBusyOnEveryExecutor() throws Exception {
    long group = manualGroup(List.of(DEAD, servers.executorAddress()));
    Job job = admin.create(aSleepingJob(group, 3000).routeStrategy(RouteStrategy.BUSYOVER));

    long busy = admin.trigger(job, "3000");
    await("the first run reaches the executor").atMost(Duration.ofSeconds(10))
        .until(() -> admin.runs.getRun(busy).getStatus(), status -> status != RunStatus.SCHEDULED);
    Run refused = admin.awaitFinal(admin.trigger(job, "3000"));
    Run done = admin.awaitFinal(busy, Duration.ofSeconds(20));

    assertThat(refused.getStatus()).as(refused.toString()).isEqualTo(RunStatus.FAILED);
    assertThat(refused.getMessage()).contains("every executor refused").contains("job thread is running");
    assertThat(done.getStatus()).as(done.toString()).isEqualTo(RunStatus.SUCCEEDED);
  }

  @Test
  void routesABeanJobOnlyToLiveExecutorsThatOfferItsHandler() throws Exception {
    ExecutorGroup group = admin.executorGroup();
    try (RegisteredAddress withoutEcho =
        RegisteredAddress.offering(servers, admin, group, "http://127.0.0.1:1/without-echo/", "not-echo")) {
      Job job = admin.create(anEchoJob(group.getId()).routeStrategy(RouteStrategy.ROUND));

      List<Long> runIds = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        runIds.add(admin.trigger(job, "round " + i));
      }

      for (long runId : runIds) {
        Run run = admin.awaitFinal(runId);
        assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.getExecutorAddress()).isEqualTo(servers.executorAddress());
      }
    }
  }

  private long manualGroup(List<String> addresses) throws Exception {
    return admin.groups.createExecutorGroup(new ExecutorGroupRequest()
            .appName(Jobs.uniqueName("manual"))
            .title("manual group")
            .addressMode(AddressMode.MANUAL)
            .addresses(addresses))
        .getId();
  }
}
