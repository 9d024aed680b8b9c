package io.tempora.systemtest.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.AddressMode;
import io.tempora.client.model.ExecutorGroup;
import io.tempora.client.model.ExecutorGroupRequest;
import io.tempora.client.model.Job;
import io.tempora.client.model.JobRequest;
import io.tempora.client.model.RunLog;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.ScheduleType;
import io.tempora.client.model.WireDialect;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.Jobs;
import io.tempora.systemtest.fixture.RunLogReader;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An XXL-JOB executor never says a log ended; through Tempora's admin the log still ends once the run has. */
@SystemTest
class XxlExecutorLogEndIT {

  private final TemporaServers servers;
  private final Admin admin;
  private FakeXxlExecutor executor;
  private ExecutorGroup group;

  XxlExecutorLogEndIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @BeforeEach
  void registerAnXxlExecutor() throws Exception {
    String appName = Jobs.uniqueName("xxl-executor");
    group = admin.groups.createExecutorGroup(new ExecutorGroupRequest()
        .appName(appName).title("an XXL-JOB executor").addressMode(AddressMode.AUTO).dialect(WireDialect.XXL_3_3));
    executor = new FakeXxlExecutor(servers, appName);
    executor.register();
    await("the XXL-JOB executor live").atMost(Duration.ofSeconds(10))
        .until(() -> admin.groups.getExecutorGroup(group.getId()).getLiveAddresses().contains(executor.address()));
  }

  @AfterEach
  void stop() throws Exception {
    executor.close();
  }

  @Test
  void theLogOfAFinishedRunEndsThoughTheExecutorNeverSaysSo() throws Exception {
    Job job = admin.create(xxlJob());

    long runId = admin.trigger(job, "orders");
    assertThat(admin.awaitFinal(runId).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    RunLogReader reader = new RunLogReader(admin, runId);
    String log = reader.readToEnd(Duration.ofSeconds(20));

    assertThat(log).contains("----------- Param:orders", "execute end(finish)", "callback finish.");
    assertThat(reader.reads()).isGreaterThanOrEqualTo(2);
    assertThat(executor.logReads()).isGreaterThanOrEqualTo(reader.reads());
  }

  @Test
  void theLogOfARunningRunDoesNotEnd() throws Exception {
    Job job = admin.create(xxlJob());
    long runId = admin.trigger(job, "hold");
    RunLog started = await("the run's first lines").atMost(Duration.ofSeconds(30)).ignoreExceptions()
        .until(() -> admin.runs.getRunLog(runId, 1), page -> page.getContent().contains("Param:hold"));

    RunLog nothingNew = admin.runs.getRunLog(runId, started.getToLine() + 1);

    assertThat(nothingNew.getEnd()).as("end while the run goes on").isFalse();
    assertThat(started.getEnd()).isFalse();
    executor.release();
    assertThat(admin.awaitFinal(runId).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(new RunLogReader(admin, runId).readToEnd(Duration.ofSeconds(20))).contains("callback finish.");
  }

  private JobRequest xxlJob() {
    return new JobRequest()
        .groupId(group.getId())
        .name(Jobs.uniqueName("on-xxl"))
        .scheduleType(ScheduleType.NONE)
        .handler("demoJobHandler");
  }
}
