package io.tempora.systemtest.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tempora.client.ApiException;
import io.tempora.client.model.GlueDiff;
import io.tempora.client.model.GlueType;
import io.tempora.client.model.GlueVersion;
import io.tempora.client.model.GlueVersionSummary;
import io.tempora.client.model.Job;
import io.tempora.client.model.JobRequest;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.ScheduleType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.Jobs;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every change of a job's glue is kept: listed, read, compared and rolled back through the API. */
@SystemTest
class GlueVersionsIT {

  private static final String AUTHOR = "token 'admin (first start)'";
  private static final String FIRST = "#!/bin/bash\necho \"first says $1\"\necho done\n";
  private static final String SECOND = "#!/bin/bash\necho \"second says $1\"\necho done\n";

  private final Admin admin;

  GlueVersionsIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void eachGlueChangeIsAVersionWithItsRemarkAndAuthorAndOtherChangesAreNot() throws Exception {
    JobRequest request = shellJob(FIRST).glueRemark("first cut");
    Job job = admin.create(request);
    admin.jobs.updateJob(job.getId(), request.params("other params").glueRemark("not a glue change"));
    admin.jobs.updateJob(job.getId(), request.glueSource(SECOND).glueRemark("says second"));

    List<GlueVersionSummary> versions = admin.jobs.listGlueVersions(job.getId());

    assertThat(versions).extracting(GlueVersionSummary::getVersion).containsExactly(2, 1);
    assertThat(versions).extracting(GlueVersionSummary::getRemark).containsExactly("says second", "first cut");
    assertThat(versions).extracting(GlueVersionSummary::getAuthor).containsOnly(AUTHOR);
    assertThat(versions).extracting(GlueVersionSummary::getGlueType).containsOnly(GlueType.GLUE_SHELL);
    GlueVersion first = admin.jobs.getGlueVersion(job.getId(), 1);
    assertThat(first.getSource()).isEqualTo(FIRST);
    assertThat(first.getCreatedAt()).isNotNull();
  }

  @Test
  void theDiffOfTwoVersionsIsAUnifiedDiff() throws Exception {
    JobRequest request = shellJob(FIRST);
    Job job = admin.create(request);
    admin.jobs.updateJob(job.getId(), request.glueSource(SECOND));

    GlueDiff diff = admin.jobs.diffGlueVersions(job.getId(), 1, 2);

    assertThat(diff.getDiff()).isEqualTo("""
        --- job-%1$d/version-1 (GLUE_SHELL)
        +++ job-%1$d/version-2 (GLUE_SHELL)
        @@ -1,3 +1,3 @@
         #!/bin/bash
        -echo "first says $1"
        +echo "second says $1"
         echo done
        """.formatted(job.getId()));
    assertThat(admin.jobs.diffGlueVersions(job.getId(), 2, 2).getDiff()).isEmpty();
    assertThat(problemOf(() -> admin.jobs.diffGlueVersions(job.getId(), 1, 9)).path("status").asInt()).isEqualTo(404);
  }

  @Test
  void aRollBackIsANewVersionAndTheNextRunRunsItsSource() throws Exception {
    JobRequest request = shellJob(FIRST);
    Job job = admin.create(request);
    admin.jobs.updateJob(job.getId(), request.glueSource(SECOND));

    GlueVersion rolledBack = admin.jobs.rollBackGlue(job.getId(), 1);

    assertThat(rolledBack.getVersion()).isEqualTo(3);
    assertThat(rolledBack.getSource()).isEqualTo(FIRST);
    assertThat(rolledBack.getRemark()).isEqualTo("rolled back to version 1");
    assertThat(rolledBack.getAuthor()).isEqualTo(AUTHOR);
    assertThat(admin.jobs.getJob(job.getId()).getGlueSource()).isEqualTo(FIRST);
    long runId = admin.trigger(job, "hi");
    assertThat(admin.awaitFinal(runId).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(logOf(runId)).contains("first says hi").doesNotContain("second");
  }

  @Test
  void onlyTheNewestThirtyVersionsAreKept() throws Exception {
    JobRequest request = shellJob("echo 1");
    Job job = admin.create(request);
    for (int n = 2; n <= 32; n++) {
      admin.jobs.updateJob(job.getId(), request.glueSource("echo " + n));
    }

    List<GlueVersionSummary> versions = admin.jobs.listGlueVersions(job.getId());

    assertThat(versions).hasSize(30);
    assertThat(versions.get(0).getVersion()).isEqualTo(32);
    assertThat(versions.get(29).getVersion()).isEqualTo(3);
    assertThat(problemOf(() -> admin.jobs.getGlueVersion(job.getId(), 2)).path("status").asInt()).isEqualTo(404);
  }

  @Test
  void groovyThatDoesNotParseIsRefusedAtSaveNamingLineAndColumn() {
    String broken = "class Broken implements io.tempora.handler.Handler {\n  String name() { 'b' }\n  def x = (1 +\n}\n";

    JsonNode problem = problemOf(() -> admin.create(job(GlueType.GLUE_GROOVY, broken)));

    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("glueSource");
    assertThat(problem.path("errors").get(0).path("reason").asText())
        .startsWith("the GLUE_GROOVY source does not parse at line 3, column");
  }

  @Test
  void javaScriptThatDoesNotParseIsRefusedAtSaveAndAnEditToItToo() throws Exception {
    JsonNode created = problemOf(() -> admin.create(job(GlueType.GLUE_JS, "tempora.log('a');\nlet = = 2;")));
    JobRequest request = job(GlueType.GLUE_JS, "tempora.log('fine');");
    Job job = admin.create(request);
    JsonNode updated = problemOf(() -> admin.jobs.updateJob(job.getId(), request.glueSource("if (x {\n}")));

    assertThat(created.path("errors").get(0).path("reason").asText()).startsWith("the GLUE_JS source does not parse at line 2, column");
    assertThat(updated.path("errors").get(0).path("field").asText()).isEqualTo("glueSource");
    assertThat(updated.path("errors").get(0).path("reason").asText()).startsWith("the GLUE_JS source does not parse at line 1, column");
    assertThat(admin.jobs.listGlueVersions(job.getId())).hasSize(1);
  }

  @Test
  void xxlJobGlueIsAcceptedThoughTheAdminLacksItsClasses() throws Exception {
    Job job = admin.create(job(GlueType.GLUE_GROOVY, XxlJobGlueIT.DOCUMENTED_GLUE));

    assertThat(admin.jobs.listGlueVersions(job.getId())).hasSize(1);
  }

  private JobRequest shellJob(String source) throws ApiException {
    return job(GlueType.GLUE_SHELL, source);
  }

  private JobRequest job(GlueType type, String source) {
    try {
      return new JobRequest()
          .groupId(admin.executorGroup().getId())
          .name(Jobs.uniqueName("glue-versions"))
          .scheduleType(ScheduleType.NONE)
          .glueType(type)
          .glueSource(source);
    } catch (ApiException e) {
      throw new AssertionError(e);
    }
  }

  private String logOf(long runId) {
    return await("the log of run " + runId).atMost(Duration.ofSeconds(10)).ignoreExceptions()
        .until(() -> admin.runs.getRunLog(runId, 1), log -> log.getEnd())
        .getContent();
  }

  static JsonNode problemOf(ApiCall call) {
    ApiException refused = catchThrowableOfType(ApiException.class, call::run);
    assertThat(refused).as("the call was refused").isNotNull();
    try {
      return new ObjectMapper().readTree(refused.getResponseBody());
    } catch (Exception e) {
      throw new AssertionError("not a problem document: " + refused.getResponseBody(), e);
    }
  }

  interface ApiCall {
    void run() throws ApiException;
  }
}
