package io.tempora.systemtest.schedule;

import static io.tempora.systemtest.fixture.Jobs.aCronEchoJob;
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
import java.time.Instant;
import org.junit.jupiter.api.Test;

@SystemTest
class CronScheduleIT {

  /** Runs already claimed inside the admin's look-ahead may still fire after disabling. */
  private static final Duration QUIET_PERIOD = Duration.ofSeconds(5);

  private final Admin admin;

  CronScheduleIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void everySecondCronJobRunsOnItsOwnUntilDisabled() throws Exception {
    Job job = admin.create(aCronEchoJob(admin.executorGroup().getId(), "*/1 * * * * ?"));
    assertThat(job.getNextFireAt()).isNotNull();

    await("3 scheduled runs succeeded")
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> admin.countRuns(job, RunStatus.SUCCEEDED) >= 3);
    assertThat(admin.runs.listRuns(job.getId(), RunStatus.SUCCEEDED, null, null, null, null, 0, 3).getItems())
        .extracting(Run::getTriggerType)
        .containsOnly(TriggerType.CRON);

    Job disabled = admin.jobs.disableJob(job.getId());

    assertThat(disabled.getEnabled()).isFalse();
    assertThat(disabled.getNextFireAt()).isNull();
    QuietRuns quiet = new QuietRuns(() -> admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 1).getTotal());
    await("no new runs for " + QUIET_PERIOD + " after disabling")
        .atMost(QUIET_PERIOD.multipliedBy(4))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> quiet.unchangedFor(QUIET_PERIOD));
  }

  /** Tracks when a run count last changed. */
  private static final class QuietRuns {
    private final CountSource source;
    private long count = -1;
    private Instant changedAt = Instant.now();

    QuietRuns(CountSource source) {
      this.source = source;
    }

    boolean unchangedFor(Duration period) throws Exception {
      long now = source.count();
      if (now != count) {
        count = now;
        changedAt = Instant.now();
      }
      return Duration.between(changedAt, Instant.now()).compareTo(period) >= 0;
    }
  }

  @FunctionalInterface
  private interface CountSource {
    long count() throws Exception;
  }
}
