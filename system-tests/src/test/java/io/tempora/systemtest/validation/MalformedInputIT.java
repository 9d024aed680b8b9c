package io.tempora.systemtest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Inputs the fuzz pass found answered with 5xx, 404 or Java class names: each is a 400 naming its field. */
@SystemTest
class MalformedInputIT {

  private final TemporaServers servers;
  private final Admin admin;
  private final RawHttp http = new RawHttp();

  MalformedInputIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void aPageBeyondAnyListingIsRefusedNamingPage() throws Exception {
    assertBadRequest(get("/api/v1/jobs?page=2147483647&size=20"), "page");
    assertBadRequest(get("/api/v1/runs?page=2147483647&size=500"), "page");
  }

  @Test
  void wronglyTypedQueryParametersAreRefusedNamingThem() throws Exception {
    assertBadRequest(get("/api/v1/runs?size=abc"), "size");
    assertBadRequest(get("/api/v1/runs?jobId=abc"), "jobId");
    assertBadRequest(get("/api/v1/runs?status=succeeded"), "status");
    assertBadRequest(get("/api/v1/jobs?groupId=1.5"), "groupId");
    assertBadRequest(get("/api/v1/runs/1/log?fromLine=abc"), "fromLine");
  }

  @Test
  void anAddressListedTwiceInAGroupIsRefusedAndNothingStored() throws Exception {
    int groupsBefore = admin.groups.listExecutorGroups().size();
    for (String addresses : List.of("\"http://127.0.0.1:59189/\",\"http://127.0.0.1:59189/\"",
        "\"http://127.0.0.1:59189\",\"http://127.0.0.1:59189/\"")) {
      String group = "{\"appName\":\"" + Jobs.uniqueName("twice") + "\",\"title\":\"t\",\"addressMode\":\"MANUAL\","
          + "\"addresses\":[" + addresses + "]}";

      assertBadRequest(post("/api/v1/executor-groups", group), "addresses");
    }
    assertThat(admin.groups.listExecutorGroups()).hasSize(groupsBefore);
  }

  @Test
  void aFieldNamedTwiceIsRefusedNamingIt() throws Exception {
    long groupId = admin.groupWithoutExecutors().getId();
    String job = "{\"groupId\":" + groupId + ",\"name\":\"a\",\"name\":\"b\",\"scheduleType\":\"NONE\",\"glueType\":\"GLUE_SHELL\",\"glueSource\":\"true\"}";

    assertBadRequest(post("/api/v1/jobs", job), "name");
  }

  @Test
  void anUnknownFieldIsRefusedNamingItAndNothingIsStored() throws Exception {
    long groupId = admin.groupWithoutExecutors().getId();
    String name = Jobs.uniqueName("typo");
    String job = "{\"groupId\":" + groupId + ",\"name\":\"" + name + "\",\"scheduleType\":\"NONE\","
        + "\"handler\":\"echo\",\"childJobId\":[1]}";

    Answer answer = post("/api/v1/jobs", job);

    assertBadRequest(answer, "childJobId");
    assertThat(answer.body()).contains("is not a field of this request").contains("handler");
    assertThat(admin.jobs.listJobs(groupId, null, null, null, null, 0, 100).getItems()).isEmpty();
  }

  @Test
  void aBodyOfTheWrongShapeIsRefusedWithoutJavaNames() throws Exception {
    assertBadRequest(post("/api/v1/jobs", "[1,2,3]"), "body");
    assertBadRequest(post("/api/v1/executor-groups", "{\"appName\":\"x\",\"title\":\"t\",\"addresses\":{\"a\":1}}"), "addresses");
  }

  private void assertBadRequest(Answer answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.isProblem()).as("problem+json, was " + answer.contentType()).isTrue();
    assertThat(fieldsOf(answer.json())).as(answer.body()).contains(field);
    assertThat(answer.body()).doesNotContainPattern("\\b(java|io\\.tempora|com\\.fasterxml)\\.");
  }

  private Answer get(String path) throws Exception {
    return http.get(uri(path), bearer());
  }

  private Answer post(String path, String json) throws Exception {
    return http.post(uri(path), json, bearer());
  }

  private URI uri(String path) {
    return servers.adminUri().resolve(path);
  }

  private Map<String, String> bearer() {
    return Map.of("Authorization", "Bearer " + servers.apiToken());
  }

  private static List<String> fieldsOf(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    return fields;
  }
}
