package io.tempora.systemtest.schedule;

import static io.tempora.systemtest.fixture.Jobs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.AddressMode;
import io.tempora.client.model.ExecutorGroupRequest;
import io.tempora.client.model.Job;
import io.tempora.client.model.JobRequest;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.ScheduleType;
import io.tempora.client.model.TriggerType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.SilentExecutor;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FIX_DELAY: the next fire comes the delay after the previous fire's run ended, whatever ended it. */
@SystemTest
class FixedDelayIT {

  private static final Duration DELAY = Duration.ofSeconds(1);

  private final Admin admin;

  FixedDelayIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void eachFireComesTheDelayAfterThePreviousRunEndedAndNeverWhileItRuns() throws Exception {
    Job job = admin.create(aFixedDelayJob("3000"));
    assertThat(job.getScheduleType()).isEqualTo(ScheduleType.FIX_DELAY);
    assertThat(job.getScheduleExpression()).isEqualTo("PT1S");

    Run running = await("a fire running").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> firstRunning(job), run -> run != null);
    Job whileRunning = admin.jobs.getJob(job.getId());
    if (admin.runs.getRun(running.getId()).getStatus() == RunStatus.RUNNING) {
      assertThat(whileRunning.getNextFireAt()).as("next fire while run " + running.getId() + " runs").isNull();
    }
    List<Run> fires = await("three fires ended").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> endedFires(job), runs -> runs.size() >= 3);
    admin.jobs.disableJob(job.getId());

    assertThat(fires).extracting(Run::getTriggerType).containsOnly(TriggerType.FIX_DELAY);
    assertThat(fires).extracting(Run::getStatus).containsOnly(RunStatus.SUCCEEDED);
    for (int i = 1; i < fires.size(); i++) {
      Run before = fires.get(i - 1);
      Run after = fires.get(i);
      assertThat(after.getDueAt()).as("due time of run " + after.getId() + " after run " + before.getId() + " ended")
          .isAfterOrEqualTo(before.getFinishedAt().plus(DELAY));
      assertThat(after.getFiredAt()).as("run " + after.getId() + " sent while run " + before.getId() + " ran")
          .isAfterOrEqualTo(before.getFinishedAt());
    }
  }

  /**
   * The executor takes a run and is never heard of again: the lost-run check ends the run LOST, and that
   * end schedules the next fire, so the job does not wait for ever.
   */
  @Test
  void aRunLostWithItsExecutorEndsTheWaitSoTheJobFiresAgain() throws Exception {
    try (SilentExecutor vanishing = SilentExecutor.start()) {
      long group = admin.groups.createExecutorGroup(new ExecutorGroupRequest().appName(uniqueName("vanishing"))
          .title("an executor that never reports back").addressMode(AddressMode.MANUAL).addresses(List.of(vanishing.address())))
          .getId();
      Job job = admin.create(aFixedDelayJob(group, "1000"));
      Run first = await("the first fire sent").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
          .until(() -> firstRunning(job), run -> run != null);

      Run lost = admin.awaitFinal(first.getId(), Duration.ofSeconds(90));
      Run next = await("a fire after the lost one").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
          .until(() -> fixedDelayRuns(job).stream().filter(run -> !run.getId().equals(first.getId())).findFirst().orElse(null),
              run -> run != null);
      admin.jobs.disableJob(job.getId());

      assertThat(lost.getStatus()).as(lost.toString()).isEqualTo(RunStatus.LOST);
      assertThat(next.getDueAt()).isAfterOrEqualTo(lost.getFinishedAt().plus(DELAY));
    }
  }

  private JobRequest aFixedDelayJob(String sleepMillis) throws Exception {
    return aFixedDelayJob(admin.executorGroup().getId(), sleepMillis);
  }

  private static JobRequest aFixedDelayJob(long groupId, String sleepMillis) {
    return new JobRequest()
        .groupId(groupId)
        .name(uniqueName("fixed-delay"))
        .scheduleType(ScheduleType.FIX_DELAY)
        .scheduleExpression("pt1s")
        .handler("sleep")
        .params(sleepMillis);
  }

  private Run firstRunning(Job job) throws Exception {
    return fixedDelayRuns(job).stream()
        .filter(run -> EnumSet.of(RunStatus.DISPATCHED, RunStatus.RUNNING).contains(run.getStatus()))
        .findFirst().orElse(null);
  }

  private List<Run> endedFires(Job job) throws Exception {
    return fixedDelayRuns(job).stream().filter(Admin::settled).toList();
  }

  /** In due order. */
  private List<Run> fixedDelayRuns(Job job) throws Exception {
    return admin.runs.listRuns(job.getId(), null, TriggerType.FIX_DELAY, null, null, null, 0, 100).getItems().stream()
        .sorted(Comparator.comparing(Run::getDueAt)).toList();
  }
}
