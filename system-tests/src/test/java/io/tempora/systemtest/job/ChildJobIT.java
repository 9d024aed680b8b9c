package io.tempora.systemtest.job;

import static io.tempora.systemtest.fixture.Jobs.aFailingJob;
import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.tempora.client.ApiException;
import io.tempora.client.model.ExecutorGroup;
import io.tempora.client.model.Fire;
import io.tempora.client.model.Job;
import io.tempora.client.model.JobRequest;
import io.tempora.client.model.RouteStrategy;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.TriggerType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.RegisteredAddress;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parent → child jobs: a parent's success gives each child job a PARENT run linked to the parent run. */
@SystemTest
class ChildJobIT {

  private final TemporaServers servers;
  private final Admin admin;

  ChildJobIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void aParentsSuccessGivesEachChildOneRunLinkedToTheParentRunDisabledChildrenToo() throws Exception {
    long group = admin.executorGroup().getId();
    Job child = admin.create(anEchoJob(group).params("from child"));
    Job disabledChild = admin.create(anEchoJob(group).enabled(false));
    Job parent = admin.create(anEchoJob(group).childJobIds(List.of(disabledChild.getId(), child.getId())));

    assertThat(parent.getChildJobIds()).containsExactly(child.getId(), disabledChild.getId());
    long parentRun = admin.trigger(parent, "go");
    assertThat(admin.awaitFinal(parentRun).getStatus()).isEqualTo(RunStatus.SUCCEEDED);

    for (Job each : List.of(child, disabledChild)) {
      List<Run> runs = admin.runs.listRuns(each.getId(), null, null, null, null, null, 0, 10).getItems();
      assertThat(runs).as("runs of child " + each.getId()).singleElement().satisfies(run -> {
        assertThat(run.getTriggerType()).isEqualTo(TriggerType.PARENT);
        assertThat(run.getParentRunId()).isEqualTo(parentRun);
      });
      assertThat(admin.awaitFinal(runs.get(0).getId()).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    }
    assertThat(admin.runs.getRunLog(admin.runs.listRuns(child.getId(), null, null, null, null, null, 0, 1)
        .getItems().get(0).getId(), 1).getContent()).contains("from child");
  }

  @Test
  void aParentThatFailsEveryAttemptFiresNoChild() throws Exception {
    long group = admin.executorGroup().getId();
    Job child = admin.create(anEchoJob(group));
    Job parent = admin.create(aFailingJob(group).retryCount(1).childJobIds(List.of(child.getId())));

    admin.trigger(parent, "broken");

    await("both attempts final").atMost(Duration.ofSeconds(30)).until(
        () -> admin.runs.listRuns(parent.getId(), null, null, null, null, null, 0, 10).getItems(),
        runs -> runs.size() == 2 && runs.stream().allMatch(run -> run.getStatus() == RunStatus.FAILED));
    assertThat(admin.countRuns(child, null)).isZero();
  }

  @Test
  void aBroadcastParentFiresItsChildrenOnceWhenEveryShardSucceeded() throws Exception {
    ExecutorGroup group = admin.executorGroup();
    String sameExecutorByAnotherName = servers.executorAddress().replace("127.0.0.1", "localhost");
    try (RegisteredAddress second = RegisteredAddress.offering(servers, admin, group, sameExecutorByAnotherName, "echo")) {
      Job child = admin.create(anEchoJob(group.getId()));
      Job parent = admin.create(aBroadcastParentOf(child, group.getId()));

      long fireId = admin.trigger(parent, "both halves");
      Fire fire = outcomeOf(fireId);

      assertThat(fire.getShardTotal()).isEqualTo(2);
      assertThat(fire.getOutcome()).as(fire.toString()).isEqualTo(Fire.OutcomeEnum.SUCCEEDED);
      assertThat(admin.runs.listRuns(child.getId(), null, null, null, null, null, 0, 10).getItems())
          .singleElement()
          .satisfies(run -> assertThat(run.getParentRunId()).isEqualTo(fireId));
    }
  }

  @Test
  void aBroadcastWithAFailedShardFiresNoChild() throws Exception {
    ExecutorGroup group = admin.executorGroup();
    try (RegisteredAddress dead = RegisteredAddress.offering(servers, admin, group, "http://127.0.0.1:1/child/", "echo")) {
      Job child = admin.create(anEchoJob(group.getId()));
      Job parent = admin.create(aBroadcastParentOf(child, group.getId()));

      Fire fire = outcomeOf(admin.trigger(parent, "one half fails"));

      assertThat(fire.getOutcome()).as(fire.toString()).isEqualTo(Fire.OutcomeEnum.FAILED);
      assertThat(fire.getRuns()).extracting(Run::getStatus).contains(RunStatus.SUCCEEDED);
      assertThat(admin.countRuns(child, null)).isZero();
    }
  }

  @Test
  void unknownChildrenAndCyclesAreRejectedNamingChildJobIds() throws Exception {
    long group = admin.groupWithoutExecutors().getId();
    Job a = admin.create(anEchoJob(group));
    Job b = admin.create(anEchoJob(group).childJobIds(List.of(a.getId())));

    assertRejected(() -> admin.create(anEchoJob(group).childJobIds(List.of(a.getId(), 987_654_321L))), "job 987654321 does not exist");
    assertRejected(() -> admin.jobs.updateJob(a.getId(), sameAs(a).childJobIds(List.of(b.getId()))),
        "cycle: job " + a.getId() + " → job " + b.getId() + " → job " + a.getId());
    assertRejected(() -> admin.jobs.updateJob(a.getId(), sameAs(a).childJobIds(List.of(a.getId()))),
        "cycle: job " + a.getId() + " → job " + a.getId());
    assertThat(admin.jobs.getJob(a.getId()).getChildJobIds()).isEmpty();
  }

  @Test
  void deletingAChildJobRemovesItFromItsParents() throws Exception {
    long group = admin.groupWithoutExecutors().getId();
    Job kept = admin.create(anEchoJob(group));
    Job deleted = admin.create(anEchoJob(group));
    Job parent = admin.create(anEchoJob(group).childJobIds(List.of(kept.getId(), deleted.getId())));

    admin.jobs.deleteJob(deleted.getId());

    assertThat(admin.jobs.getJob(parent.getId()).getChildJobIds()).containsExactly(kept.getId());
  }

  private static JobRequest aBroadcastParentOf(Job child, long group) {
    return anEchoJob(group).routeStrategy(RouteStrategy.SHARDING_BROADCAST).childJobIds(List.of(child.getId()));
  }

  private Fire outcomeOf(long fireId) {
    return await("the outcome of fire " + fireId).atMost(Duration.ofSeconds(30))
        .until(() -> admin.runs.getRunFire(fireId), fire -> fire.getOutcome() != Fire.OutcomeEnum.PENDING);
  }

  private static JobRequest sameAs(Job job) {
    return new JobRequest().groupId(job.getGroupId()).name(job.getName()).scheduleType(job.getScheduleType())
        .handler(job.getHandler());
  }

  private interface Call {
    void run() throws Exception;
  }

  private static void assertRejected(Call call, String reason) {
    ApiException rejected = catchThrowableOfType(ApiException.class, call::run);
    assertThat(rejected).as("expected a 400 saying " + reason).isNotNull();
    assertThat(rejected.getCode()).isEqualTo(400);
    assertThat(rejected.getResponseBody()).contains("\"childJobIds\"").contains(reason);
  }
}
