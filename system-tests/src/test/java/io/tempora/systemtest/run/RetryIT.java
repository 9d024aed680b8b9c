package io.tempora.systemtest.run;

import static io.tempora.systemtest.fixture.Jobs.aFailingJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.client.model.Job;
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

@SystemTest
class RetryIT {

  private final Admin admin;

  RetryIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void aFailingRunIsRetriedRetryCountTimesEachAttemptLinkedToTheOneBefore() throws Exception {
    Job job = admin.create(aFailingJob(admin.executorGroup().getId()).retryCount(2));

    long first = admin.trigger(job, "still broken");

    List<Run> attempts = await("three final attempts").atMost(Duration.ofSeconds(30))
        .until(() -> admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 10).getItems(),
            runs -> runs.size() == 3 && runs.stream().allMatch(run -> Admin.FINAL.contains(run.getStatus())));
    attempts = attempts.stream().sorted(Comparator.comparing(Run::getAttempt)).toList();
    assertThat(attempts).extracting(Run::getAttempt).containsExactly(1, 2, 3);
    assertThat(attempts).extracting(Run::getStatus).containsOnly(RunStatus.FAILED);
    assertThat(attempts.get(0).getId()).isEqualTo(first);
    assertThat(attempts.get(1).getTriggerType()).isEqualTo(TriggerType.RETRY);
    assertThat(attempts.get(1).getRetryOf()).isEqualTo(attempts.get(0).getId());
    assertThat(attempts.get(2).getRetryOf()).isEqualTo(attempts.get(1).getId());
    assertThat(attempts.get(2).getDueAt()).isAfterOrEqualTo(attempts.get(1).getFinishedAt().plusSeconds(2));
  }

  @Test
  void aRunWithoutAnyExecutorIsRetriedToo() throws Exception {
    Job job = admin.create(aFailingJob(admin.groupWithoutExecutors().getId()).retryCount(1));

    admin.trigger(job, "nobody there");

    List<Run> attempts = await("two final attempts").atMost(Duration.ofSeconds(20))
        .until(() -> admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 10).getItems(),
            runs -> runs.size() == 2 && runs.stream().allMatch(run -> Admin.FINAL.contains(run.getStatus())));
    assertThat(attempts).allSatisfy(run -> assertThat(run.getMessage()).contains("no executor available"));
  }
}
