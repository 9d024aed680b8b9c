package io.tempora.systemtest.schedule;

import static io.tempora.systemtest.fixture.Jobs.aCronEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.Job;
import io.tempora.client.model.MisfirePolicy;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.TriggerType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CATCH_UP: fires missed while the admin was down are fired late, each as a run of its own due at its
 * original time, up to the job's limit and sent spread out; the rest is one MISSED run naming the gap.
 */
@SystemTest
class CatchUpIT {

  private static final int LIMIT = 10;

  private final TemporaServers servers;
  private final Admin admin;

  CatchUpIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void missedFiresAreCaughtUpToTheLimitEachAsItsOwnRunAndTheRestRecordedMissed() throws Exception {
    Job job = admin.create(aCronEchoJob(admin.executorGroup().getId(), "* * * * * ?")
        .misfirePolicy(MisfirePolicy.CATCH_UP).catchUpLimit(LIMIT));
    assertThat(job.getCatchUpLimit()).isEqualTo(LIMIT);
    await("the job fires").atMost(Duration.ofSeconds(30)).until(() -> admin.countRuns(job, RunStatus.SUCCEEDED) >= 1);

    // down long enough that more than LIMIT fires fall beyond the misfire threshold (5 s) and the look-ahead (5 s)
    servers.restartAdmin(Duration.ofSeconds(20));
    Admin restarted = new Admin(servers);
    List<Run> caughtUp = await("the caught-up runs ended").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> runs(restarted, job, TriggerType.MISFIRE),
            runs -> runs.size() == LIMIT && runs.stream().allMatch(Admin::settled));
    Run missed = await("the rest recorded missed").atMost(Duration.ofSeconds(10))
        .until(() -> restarted.runs.listRuns(job.getId(), RunStatus.MISSED, null, null, null, null, 0, 10).getItems(),
            runs -> runs.size() == 1).get(0);
    restarted.jobs.disableJob(job.getId());

    assertThat(caughtUp).extracting(Run::getStatus).containsOnly(RunStatus.SUCCEEDED);
    for (int i = 1; i < LIMIT; i++) {
      assertThat(caughtUp.get(i).getDueAt()).as("original due times, one second apart")
          .isEqualTo(caughtUp.get(i - 1).getDueAt().plusSeconds(1));
    }
    assertThat(missed.getDueAt()).as("the missed gap starts after the caught-up fires")
        .isEqualTo(caughtUp.get(LIMIT - 1).getDueAt().plusSeconds(1));
    assertThat(missed.getMessage()).contains("CATCH_UP").contains("catch-up limit");
    // planned 100 ms apart (0.9 s in all); a dispatcher busy just after the restart may bunch the first few
    assertThat(Duration.between(caughtUp.get(0).getFiredAt(), caughtUp.get(LIMIT - 1).getFiredAt()))
        .as("caught-up runs sent spread out, not at once").isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(caughtUp.get(0).getFiredAt()).as("sent after the admin came back, long after their due time")
        .isAfter(caughtUp.get(0).getDueAt().plusSeconds(10));
  }

  /** In due order. */
  private static List<Run> runs(Admin admin, Job job, TriggerType trigger) throws Exception {
    return admin.runs.listRuns(job.getId(), null, trigger, null, null, null, 0, 100).getItems().stream()
        .sorted(Comparator.comparing(Run::getDueAt)).toList();
  }
}
