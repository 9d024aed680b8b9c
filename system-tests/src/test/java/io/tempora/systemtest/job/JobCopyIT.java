package io.tempora.systemtest.job;

import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static io.tempora.systemtest.fixture.Jobs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tempora.client.ApiException;
import io.tempora.client.model.GlueType;
import io.tempora.client.model.Job;
import io.tempora.client.model.JobCopyRequest;
import io.tempora.client.model.JobRequest;
import io.tempora.client.model.ScheduleType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/jobs/{id}/copy}: a disabled job with the same definition. */
@SystemTest
class JobCopyIT {

  private final Admin admin;

  JobCopyIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void aCopyHasTheWholeDefinitionUnderANewNameAndIsDisabled() throws Exception {
    long group = admin.groupWithoutExecutors().getId();
    Job child = admin.create(anEchoJob(group));
    Job original = admin.create(new JobRequest().groupId(group).name(uniqueName("nightly")).scheduleType(ScheduleType.CRON)
        .scheduleExpression("0 0 3 * * ?").timeZone("Europe/Berlin").glueType(GlueType.GLUE_SHELL)
        .glueSource("echo \"$1\"").params("full").retryCount(2).timeoutSeconds(60).retentionDays(7)
        .childJobIds(List.of(child.getId())));

    Job copy = admin.jobs.copyJob(original.getId(), null);

    assertThat(copy.getId()).isNotEqualTo(original.getId());
    assertThat(copy.getName()).isEqualTo(original.getName() + " (copy)");
    assertThat(copy.getEnabled()).isFalse();
    assertThat(copy.getNextFireAt()).isNull();
    assertThat(copy).usingRecursiveComparison()
        .comparingOnlyFields("groupId", "scheduleType", "scheduleExpression", "timeZone", "glueType", "glueSource",
            "params", "retryCount", "timeoutSeconds", "routeStrategy", "blockStrategy", "misfirePolicy",
            "retentionDays", "retentionCount", "childJobIds")
        .isEqualTo(original);
    assertThat(admin.jobs.getJob(original.getId()).getEnabled()).isTrue();
  }

  @Test
  void aCopyTakesTheGivenNameAndAnOverlongNameIsShortenedToFitTheSuffix() throws Exception {
    long group = admin.groupWithoutExecutors().getId();
    Job original = admin.create(anEchoJob(group).name("x".repeat(100)));

    assertThat(admin.jobs.copyJob(original.getId(), new JobCopyRequest().name("  mine ")).getName()).isEqualTo("mine");
    assertThat(admin.jobs.copyJob(original.getId(), new JobCopyRequest()).getName())
        .isEqualTo("x".repeat(93) + " (copy)");
  }

  @Test
  void aBlankNameIsRejectedAndAnUnknownJobIsNotFound() {
    ApiException blank = catchThrowableOfType(ApiException.class,
        () -> admin.jobs.copyJob(admin.create(anEchoJob(admin.groupWithoutExecutors().getId())).getId(),
            new JobCopyRequest().name(" ")));
    ApiException unknown = catchThrowableOfType(ApiException.class, () -> admin.jobs.copyJob(987_654_321L, null));

    assertThat(blank.getCode()).isEqualTo(400);
    assertThat(blank.getResponseBody()).contains("\"name\"");
    assertThat(unknown.getCode()).isEqualTo(404);
  }
}
