package io.tempora.systemtest.run;

import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.ExecutorGroup;
import io.tempora.client.model.Fire;
import io.tempora.client.model.Job;
import io.tempora.client.model.RouteStrategy;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.RegisteredAddress;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SHARDING_BROADCAST: one run per live executor that offers the handler, linked to one fire. */
@SystemTest
class ShardingIT {

  private final TemporaServers servers;
  private final Admin admin;

  ShardingIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void aFireOnOneExecutorIsShardZeroOfOne() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()).routeStrategy(RouteStrategy.SHARDING_BROADCAST));

    long runId = admin.trigger(job, "alone");
    Run run = admin.awaitFinal(runId);
    Fire fire = admin.runs.getRunFire(runId);

    assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(fire.getShardTotal()).isEqualTo(1);
    assertThat(fire.getOutcome()).isEqualTo(Fire.OutcomeEnum.SUCCEEDED);
    assertThat(admin.runs.getRunLog(runId, 1).getContent()).contains("echo: alone (shard 0/1)");
  }

  @Test
  void aFireMakesOneShardPerExecutorOfferingTheHandlerEachSentToItsOwn() throws Exception {
    ExecutorGroup group = admin.executorGroup();
    try (RegisteredAddress second =
        RegisteredAddress.offering(servers, admin, group, "http://127.0.0.1:1/sharding/", "echo")) {
      String deadButOffering = second.address();
      Job job = admin.create(anEchoJob(group.getId()).routeStrategy(RouteStrategy.SHARDING_BROADCAST));

      long firstRunId = admin.trigger(job, "split");
      await("every shard final").atMost(Duration.ofSeconds(30)).until(() ->
          admin.runs.getRunFire(firstRunId).getOutcome() != Fire.OutcomeEnum.PENDING);
      Fire fire = admin.runs.getRunFire(firstRunId);

      assertThat(fire.getFireId()).isEqualTo(firstRunId);
      assertThat(fire.getShardTotal()).isEqualTo(2);
      assertThat(fire.getRuns()).extracting(Run::getShardIndex).containsExactly(0, 1);
      assertThat(fire.getRuns()).extracting(Run::getFireId).containsOnly(firstRunId);
      assertThat(fire.getRuns()).extracting(Run::getExecutorAddress)
          .containsExactlyInAnyOrder(deadButOffering, servers.executorAddress());
      Run live = shardAt(fire, servers.executorAddress());
      Run dead = shardAt(fire, deadButOffering);
      assertThat(live.getStatus()).as(live.toString()).isEqualTo(RunStatus.SUCCEEDED);
      assertThat(admin.runs.getRunLog(live.getId(), 1).getContent())
          .contains("echo: split (shard " + live.getShardIndex() + "/2)");
      assertThat(dead.getStatus()).as(dead.toString()).isEqualTo(RunStatus.FAILED);
      assertThat(fire.getOutcome()).isEqualTo(Fire.OutcomeEnum.FAILED);
    }
  }

  private static Run shardAt(Fire fire, String address) {
    return fire.getRuns().stream().filter(run -> address.equals(run.getExecutorAddress())).findFirst().orElseThrow();
  }
}
