package io.tempora.systemtest.job;

import static io.tempora.systemtest.fixture.Jobs.aCronEchoJob;
import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static io.tempora.systemtest.fixture.Jobs.aSleepingJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.client.model.Job;
import io.tempora.client.model.ScheduleType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/jobs?q=&enabled=}: finding jobs by a part of their name or handler. */
@SystemTest
class JobSearchIT {

  private final Admin admin;

  JobSearchIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void findsJobsByPartOfTheirNameOrHandlerCaseBlindAndByState() throws Exception {
    long group = admin.groupWithoutExecutors().getId();
    Job report = admin.create(anEchoJob(group).name("Nightly_Report-1"));
    Job cleanup = admin.create(aSleepingJob(group, 10).name("cleanup").enabled(false));

    assertThat(names(admin.jobs.listJobs(group, "nightly", null, null, null, 0, 20).getItems())).containsExactly(report.getName());
    assertThat(names(admin.jobs.listJobs(group, "SLEEP", null, null, null, 0, 20).getItems())).containsExactly(cleanup.getName());
    assertThat(names(admin.jobs.listJobs(group, "y_r", null, null, null, 0, 20).getItems())).containsExactly(report.getName());
    assertThat(admin.jobs.listJobs(group, "y%r", null, null, null, 0, 20).getItems()).isEmpty();
    assertThat(names(admin.jobs.listJobs(group, null, false, null, null, 0, 20).getItems())).containsExactly(cleanup.getName());
    assertThat(admin.jobs.listJobs(group, null, true, null, null, 0, 20).getTotal()).isEqualTo(1);
  }

  @Test
  void findsJobsByExactHandlerAndByScheduleType() throws Exception {
    long group = admin.groupWithoutExecutors().getId();
    Job echo = admin.create(anEchoJob(group));
    Job sleep = admin.create(aSleepingJob(group, 10));
    Job cron = admin.create(aCronEchoJob(group, "0 0 3 * * ?"));

    assertThat(names(admin.jobs.listJobs(group, null, null, "echo", null, 0, 20).getItems()))
        .containsExactly(echo.getName(), cron.getName());
    assertThat(admin.jobs.listJobs(group, null, null, "ech", null, 0, 20).getItems()).isEmpty();
    assertThat(names(admin.jobs.listJobs(group, null, null, null, ScheduleType.CRON, 0, 20).getItems()))
        .containsExactly(cron.getName());
    assertThat(names(admin.jobs.listJobs(group, null, null, "sleep", ScheduleType.NONE, 0, 20).getItems()))
        .containsExactly(sleep.getName());
  }

  private static List<String> names(List<Job> jobs) {
    return jobs.stream().map(Job::getName).toList();
  }
}
