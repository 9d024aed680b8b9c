package io.tempora.systemtest.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tempora.client.ApiException;
import io.tempora.client.api.JobsApi;
import io.tempora.client.model.SchedulePreview;
import io.tempora.client.model.SchedulePreviewFiresInner;
import io.tempora.client.model.SchedulePreviewRequest;
import io.tempora.client.model.ScheduleType;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/schedule-preview}: the next fires of a schedule in its time zone. */
@SystemTest
class SchedulePreviewIT {

  private final JobsApi jobs;

  SchedulePreviewIT(TemporaServers servers) {
    this.jobs = new JobsApi(servers.apiClient());
  }

  @Test
  void aCronScheduleFiresAtItsLocalTimeAcrossAnOffsetChange() throws Exception {
    SchedulePreview preview = berlinCron("0 0 9 * * ?", "2026-10-23T12:00:00Z", 4);

    assertThat(preview.getTimeZone()).isEqualTo("Europe/Berlin");
    assertThat(preview.getFires()).extracting(SchedulePreviewFiresInner::getLocal).containsExactly(
        "2026-10-24T09:00+02:00", "2026-10-25T09:00+01:00", "2026-10-26T09:00+01:00", "2026-10-27T09:00+01:00");
    assertThat(preview.getFires().get(1).getAt()).isEqualTo(OffsetDateTime.parse("2026-10-25T08:00:00Z"));
  }

  @Test
  void aLocalTimeTheClockSkipsFiresAtTheEndOfTheGap() throws Exception {
    SchedulePreview preview = berlinCron("0 30 2 * * ?", "2026-03-28T12:00:00Z", 2);

    assertThat(preview.getFires()).extracting(SchedulePreviewFiresInner::getLocal)
        .containsExactly("2026-03-29T03:00+02:00", "2026-03-30T02:30+02:00");
  }

  @Test
  void aFixedRateFiresEveryPeriodAndAJobWithoutScheduleNever() throws Exception {
    SchedulePreview rate = jobs.previewSchedule(new SchedulePreviewRequest()
        .scheduleType(ScheduleType.FIX_RATE).scheduleExpression("90").after(OffsetDateTime.parse("2026-12-02T10:00:00Z")));
    SchedulePreview none = jobs.previewSchedule(new SchedulePreviewRequest().scheduleType(ScheduleType.NONE));

    assertThat(rate.getFires()).hasSize(5);
    assertThat(rate.getFires().get(0).getAt()).isEqualTo(OffsetDateTime.parse("2026-12-02T10:01:30Z"));
    assertThat(rate.getFires().get(4).getAt()).isEqualTo(OffsetDateTime.parse("2026-12-02T10:07:30Z"));
    assertThat(none.getFires()).isEmpty();
  }

  @Test
  void aFixedDelayInIsoFormPreviewsAsIfRunsTookNoTime() throws Exception {
    SchedulePreview delay = jobs.previewSchedule(new SchedulePreviewRequest().scheduleType(ScheduleType.FIX_DELAY)
        .scheduleExpression("PT1M30S").after(OffsetDateTime.parse("2026-12-02T10:00:00Z")).count(2));
    SchedulePreview halfSecond = jobs.previewSchedule(new SchedulePreviewRequest().scheduleType(ScheduleType.FIX_RATE)
        .scheduleExpression("PT0.5S").after(OffsetDateTime.parse("2026-12-02T10:00:00Z")).count(2));

    assertThat(delay.getFires()).extracting(SchedulePreviewFiresInner::getAt).containsExactly(
        OffsetDateTime.parse("2026-12-02T10:01:30Z"), OffsetDateTime.parse("2026-12-02T10:03:00Z"));
    assertThat(halfSecond.getFires()).extracting(SchedulePreviewFiresInner::getAt).containsExactly(
        OffsetDateTime.parse("2026-12-02T10:00:00.500Z"), OffsetDateTime.parse("2026-12-02T10:00:01Z"));
  }

  @Test
  void aZeroOrTooLongIntervalIsRefusedNamingTheExpression() {
    for (String wrong : new String[] {"PT0S", "0", "P400D", "soon"}) {
      ApiException refused = catchThrowableOfType(() -> jobs.previewSchedule(new SchedulePreviewRequest()
          .scheduleType(ScheduleType.FIX_DELAY).scheduleExpression(wrong)), ApiException.class);
      assertThat(refused).as(wrong).isNotNull();
      assertThat(refused.getCode()).as(wrong).isEqualTo(400);
      assertThat(refused.getResponseBody()).as(wrong).contains("\"field\":\"scheduleExpression\"");
    }
  }

  @Test
  void anInvalidScheduleIsRefusedNamingTheField() {
    ApiException cron = catchThrowableOfType(() -> jobs.previewSchedule(new SchedulePreviewRequest()
        .scheduleType(ScheduleType.CRON).scheduleExpression("every day")), ApiException.class);
    ApiException zone = catchThrowableOfType(() -> jobs.previewSchedule(new SchedulePreviewRequest()
        .scheduleType(ScheduleType.CRON).scheduleExpression("0 0 9 * * ?").timeZone("Mars/Olympus")), ApiException.class);

    assertThat(cron.getCode()).isEqualTo(400);
    assertThat(cron.getResponseBody()).contains("scheduleExpression");
    assertThat(zone.getCode()).isEqualTo(400);
    assertThat(zone.getResponseBody()).contains("timeZone");
  }

  private SchedulePreview berlinCron(String cron, String after, int count) throws ApiException {
    return jobs.previewSchedule(new SchedulePreviewRequest()
        .scheduleType(ScheduleType.CRON)
        .scheduleExpression(cron)
        .timeZone("Europe/Berlin")
        .after(OffsetDateTime.parse(after))
        .count(count));
  }
}
