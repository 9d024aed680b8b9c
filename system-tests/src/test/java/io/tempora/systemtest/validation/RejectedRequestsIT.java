package io.tempora.systemtest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.tempora.client.ApiException;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.Jobs;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.fixture.RawHttp.Answer;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SystemTest
class RejectedRequestsIT {

  private static final long UNKNOWN_ID = 987_654_321L;

  private final TemporaServers servers;
  private final Admin admin;
  private final RawHttp http = new RawHttp();
  private final URI jobsUri;

  RejectedRequestsIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
    this.jobsUri = servers.adminUri().resolve("/api/v1/jobs");
  }

  @Test
  void invalidCronIsRejectedNamingScheduleExpression() throws Exception {
    String job = jobJson("\"scheduleType\":\"CRON\",\"scheduleExpression\":\"every blue moon\"");

    assertRejectedWithoutStoring(job, "scheduleExpression", 400);
  }

  @Test
  void cronThatNeverFiresIsRejectedForAnEnabledJob() throws Exception {
    assertRejectedWithoutStoring(jobJson("\"scheduleType\":\"CRON\",\"scheduleExpression\":\"0 0 0 30 2 ?\""),
        "scheduleExpression", 400);
    assertRejectedWithoutStoring(jobJson("\"scheduleType\":\"CRON\",\"scheduleExpression\":\"0 0 0 1 1 ? 2000\""),
        "scheduleExpression", 400);
  }

  @Test
  void disabledJobWithCronThatNeverFiresCannotBeEnabled() throws Exception {
    Answer created = http.post(jobsUri,
        jobJson("\"scheduleType\":\"CRON\",\"scheduleExpression\":\"0 0 0 30 2 ?\",\"enabled\":false"),
        bearer(servers.apiToken()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();

    Answer enabled = http.post(jobsUri.resolve("/api/v1/jobs/" + id + "/enable"), "{}", bearer(servers.apiToken()));

    assertThat(enabled.status()).as(enabled.body()).isEqualTo(400);
    assertThat(fieldsOf(enabled.json())).contains("scheduleExpression");
    assertThat(admin.jobs.getJob(id).getEnabled()).isFalse();
  }

  @Test
  void unknownGroupIsRejectedNamingGroupId() throws Exception {
    String job = "{\"groupId\":" + UNKNOWN_ID + ",\"name\":\"" + Jobs.uniqueName("orphan")
        + "\",\"scheduleType\":\"NONE\",\"handler\":\"echo\"}";

    assertRejectedWithoutStoring(job, "groupId", 400, 404);
  }

  @Test
  void missingNameIsRejectedNamingName() throws Exception {
    String job = "{\"groupId\":" + groupId() + ",\"scheduleType\":\"NONE\",\"handler\":\"echo\"}";

    assertRejectedWithoutStoring(job, "name", 400);
  }

  @Test
  void wronglyTypedFieldIsRejectedNamingIt() throws Exception {
    String job = jobJson("\"scheduleType\":\"NONE\",\"timeoutSeconds\":\"abc\"");

    assertRejectedWithoutStoring(job, "timeoutSeconds", 400);
  }

  @Test
  void beanJobWithoutHandlerIsRejectedNamingHandler() throws Exception {
    String job = "{\"groupId\":" + groupId() + ",\"name\":\"" + Jobs.uniqueName("no-handler")
        + "\",\"scheduleType\":\"NONE\",\"glueType\":\"BEAN\"}";

    assertRejectedWithoutStoring(job, "handler", 400);
  }

  @Test
  void handlerNoLiveExecutorOffersIsRejectedNamingHandler() throws Exception {
    String job = "{\"groupId\":" + admin.executorGroup().getId() + ",\"name\":\"" + Jobs.uniqueName("typo")
        + "\",\"scheduleType\":\"NONE\",\"handler\":\"ecko\"}";

    assertRejectedWithoutStoring(job, "handler", 400);
  }

  @Test
  void glueJobWithoutSourceIsRejectedNamingGlueSource() throws Exception {
    String job = "{\"groupId\":" + groupId() + ",\"name\":\"" + Jobs.uniqueName("no-source")
        + "\",\"scheduleType\":\"NONE\",\"glueType\":\"GLUE_SHELL\"}";

    assertRejectedWithoutStoring(job, "glueSource", 400);
  }

  @Test
  void unknownJobIdIsNotFoundAsProblem() throws Exception {
    ApiException notFound = catchThrowableOfType(ApiException.class, () -> admin.jobs.getJob(UNKNOWN_ID));

    assertThat(notFound.getCode()).isEqualTo(404);
    assertThat(notFound.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    Answer raw = http.get(jobsUri.resolve("/api/v1/runs/" + UNKNOWN_ID), bearer(servers.apiToken()));
    assertThat(raw.status()).isEqualTo(404);
    assertThat(raw.json().path("status").asInt()).isEqualTo(404);
  }

  @Test
  void requestWithoutBearerTokenIsUnauthorized() throws Exception {
    Answer answer = http.get(jobsUri, Map.of());

    assertUnauthorizedProblem(answer);
  }

  @Test
  void requestWithWrongBearerTokenIsUnauthorized() throws Exception {
    Answer answer = http.post(jobsUri, jobJson("\"scheduleType\":\"NONE\""), bearer("not-the-token"));

    assertUnauthorizedProblem(answer);
  }

  private void assertRejectedWithoutStoring(String json, String field, Integer... statuses) throws Exception {
    long jobsBefore = admin.jobs.listJobs(null, null, null, null, null, 0, 1).getTotal();

    Answer answer = http.post(jobsUri, json, bearer(servers.apiToken()));

    assertThat(answer.status()).as(answer.body()).isIn((Object[]) statuses);
    assertThat(answer.isProblem()).as("problem+json, was " + answer.contentType()).isTrue();
    JsonNode problem = answer.json();
    assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
    if (answer.status() == 400) {
      assertThat(fieldsOf(problem)).as(answer.body()).contains(field);
    } else {
      assertThat(answer.body()).contains(field);
    }
    assertThat(admin.jobs.listJobs(null, null, null, null, null, 0, 1).getTotal()).as("jobs stored").isEqualTo(jobsBefore);
  }

  private static void assertUnauthorizedProblem(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(401);
    assertThat(answer.isProblem()).as("problem+json, was " + answer.contentType()).isTrue();
    assertThat(answer.json().path("status").asInt()).isEqualTo(401);
  }

  private static List<String> fieldsOf(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    return fields;
  }

  private String jobJson(String scheduleFields) throws ApiException {
    return "{\"groupId\":" + groupId() + ",\"name\":\"" + Jobs.uniqueName("bad") + "\",\"handler\":\"echo\","
        + scheduleFields + "}";
  }

  private long groupId() throws ApiException {
    return admin.executorGroup().getId();
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }
}
