package io.tempora.systemtest.schedule;

import static io.tempora.systemtest.fixture.Jobs.aCronEchoJob;
import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.tempora.client.ApiException;
import io.tempora.client.ApiResponse;
import io.tempora.client.model.Backfill;
import io.tempora.client.model.BackfillRequest;
import io.tempora.client.model.Job;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.ScheduleType;
import io.tempora.client.model.TriggerType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/jobs/{id}/backfill}: a job's past fire times, each run again as a BACKFILL run. */
@SystemTest
class BackfillIT {

  /** Two hours back on the hour: the range is in the past whenever the test runs. */
  private static final OffsetDateTime FROM =
      OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(2);

  private final Admin admin;

  BackfillIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void eachPastFireTimeOfACronIsStoredAsABackfillRunDueThenAndRuns() throws Exception {
    Job job = admin.create(aCronEchoJob(admin.executorGroup().getId(), "0 */10 * * * ?"));

    ApiResponse<Backfill> answer = admin.jobs.backfillJobWithHttpInfo(job.getId(),
        new BackfillRequest().from(FROM).to(FROM.plusHours(1)));

    assertThat(answer.getStatusCode()).isEqualTo(202);
    Backfill backfill = answer.getData();
    assertThat(backfill.getCount()).isEqualTo(6);
    assertThat(backfill.getFirstDueAt()).isEqualTo(FROM);
    assertThat(backfill.getLastDueAt()).isEqualTo(FROM.plusMinutes(50));
    assertThat(backfill.getRunIds()).hasSize(6);
    List<Run> runs = await("the backfilled runs ended").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> backfillRuns(job), all -> all.size() == 6 && all.stream().allMatch(Admin::settled));
    admin.jobs.disableJob(job.getId());

    assertThat(runs).extracting(Run::getId).containsExactlyElementsOf(backfill.getRunIds());
    assertThat(runs).extracting(Run::getDueAt).containsExactly(
        FROM, FROM.plusMinutes(10), FROM.plusMinutes(20), FROM.plusMinutes(30), FROM.plusMinutes(40), FROM.plusMinutes(50));
    assertThat(runs).extracting(Run::getStatus).containsOnly(RunStatus.SUCCEEDED);
    assertThat(Duration.between(runs.get(0).getFiredAt(), runs.get(5).getFiredAt()))
        .as("sent spread out (100 ms apart), not all at once").isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aFixedRateIsBackfilledEveryPeriodFromFrom() throws Exception {
    Job job = admin.create(aCronEchoJob(admin.executorGroup().getId(), null).scheduleType(ScheduleType.FIX_RATE)
        .scheduleExpression("PT20M"));

    Backfill backfill = admin.jobs.backfillJob(job.getId(), new BackfillRequest().from(FROM.plusMinutes(5)).to(FROM.plusHours(1)));
    admin.jobs.disableJob(job.getId());

    assertThat(backfill.getCount()).isEqualTo(3);
    assertThat(backfill.getFirstDueAt()).isEqualTo(FROM.plusMinutes(5));
    assertThat(backfill.getLastDueAt()).isEqualTo(FROM.plusMinutes(45));
  }

  @Test
  void aWrongRangeOrAJobWithoutFireTimesIsRefusedNamingTheField() throws Exception {
    long cron = admin.create(aCronEchoJob(admin.executorGroup().getId(), "* * * * * ?")).getId();
    long manual = admin.create(anEchoJob(admin.executorGroup().getId())).getId();
    try {
      assertRefused(cron, r -> r.from(FROM).to(FROM), 400, "to");
      assertRefused(cron, r -> r.from(FROM).to(OffsetDateTime.now(ZoneOffset.UTC).plusHours(1)), 400, "to");
      assertRefused(cron, r -> r.from(FROM).to(FROM.plusHours(1)), 400, "to"); // 3,600 fires, more than 1,000
      assertRefused(cron, r -> r.to(FROM), 400, "from");
      assertRefused(manual, r -> r.from(FROM).to(FROM.plusHours(1)), 400, "scheduleType");
      assertRefused(Long.MAX_VALUE, r -> r.from(FROM).to(FROM.plusHours(1)), 404, "job");
    } finally {
      admin.jobs.disableJob(cron);
    }
    assertThat(admin.runs.listRuns(cron, null, TriggerType.BACKFILL, null, null, null, 0, 1).getTotal()).isZero();
  }

  private void assertRefused(long jobId, UnaryOperator<BackfillRequest> request, int status, String named) {
    ApiException refused = catchThrowableOfType(
        () -> admin.jobs.backfillJob(jobId, request.apply(new BackfillRequest())), ApiException.class);
    assertThat(refused).as("refusal naming " + named).isNotNull();
    assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
    assertThat(refused.getResponseBody()).contains(status == 400 ? "\"field\":\"" + named + "\"" : named);
  }

  /** In due order. */
  private List<Run> backfillRuns(Job job) throws Exception {
    return admin.runs.listRuns(job.getId(), null, TriggerType.BACKFILL, null, null, null, 0, 100).getItems().stream()
        .sorted(Comparator.comparing(Run::getDueAt)).toList();
  }
}
