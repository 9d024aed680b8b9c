package io.tempora.systemtest.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Requests derived from openapi/admin.yaml and openapi/executor.yaml, each wrong somewhere the schema
 * rules out, against both servers with valid credentials. Seeded: {@code -Dtempora.fuzz.seed=…} replays
 * a run, {@code -Dtempora.fuzz.requests=…} sends more.
 */
@SystemTest
class SchemaFuzzIT {

  private static final long SEED = Long.getLong("tempora.fuzz.seed", 8L);
  private static final int REQUESTS = Integer.getInteger("tempora.fuzz.requests", 3000);
  private static final Pattern JAVA_NAME = Pattern.compile(
      "\\b(java|javax|jakarta|com\\.fasterxml|org\\.(glassfish|hibernate|h2|mariadb)|io\\.tempora)\\.[a-zA-Z]|[A-Za-z]Exception\\b");
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Target(URI server, String method, String path, Operation operation, boolean protocol) {}

  private final TemporaServers servers;
  private final Admin admin;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(3)).build();

  SchemaFuzzIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void schemaDerivedWrongRequestsGetNo5xxNameTheFieldLeakNoClassAndStoreNothing() throws Exception {
    List<Target> targets = targets();
    long jobsBefore = admin.jobs.listJobs(null, null, null, null, null, 0, 1).getTotal();
    long groupsBefore = (long) admin.groups.listExecutorGroups().size();
    List<String> findings = new ArrayList<>();
    int namedFields = 0;

    for (int i = 0; i < REQUESTS && findings.size() < 20; i++) {
      Target target = targets.get(i % targets.size());
      FuzzRequest request = FuzzRequest.of(target.method(), target.path(), target.operation(), new Random(SEED * 1_000_003 + i));
      HttpResponse<String> answer = send(target, request);
      String finding = judge(target, answer);
      namedFields += answer.statusCode() == 400 && finding == null ? 1 : 0;
      if (finding != null) {
        findings.add("#" + i + " " + request.method() + " " + request.pathAndQuery() + " " + abbreviate(request.body())
            + " -> " + answer.statusCode() + " " + abbreviate(answer.body()) + ": " + finding);
      }
    }

    assertThat(findings).as("seed " + SEED + ", findings:\n" + String.join("\n", findings)).isEmpty();
    assertThat(namedFields).as("400s naming a field: the requests reached validation").isGreaterThan(REQUESTS / 10);
    assertThat(admin.jobs.listJobs(null, null, null, null, null, 0, 1).getTotal()).as("jobs stored").isEqualTo(jobsBefore);
    assertThat((long) admin.groups.listExecutorGroups().size()).as("groups stored").isEqualTo(groupsBefore);
  }

  private String judge(Target target, HttpResponse<String> answer) {
    String body = answer.body();
    if (JAVA_NAME.matcher(body).find()) {
      return "names a Java class";
    }
    if (target.protocol()) {
      JsonNode reply = parse(body);
      return answer.statusCode() == 200 && reply != null && reply.path("code").isInt() ? null : "not the protocol envelope";
    }
    int status = answer.statusCode();
    if (status >= 500) {
      return "server error";
    }
    if (status < 400) {
      return target.method().equals("GET") ? null : "accepted a wrong request";
    }
    if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
      return "not problem+json";
    }
    JsonNode problem = parse(body);
    if (problem == null || problem.path("status").asInt() != status) {
      return "problem without its status";
    }
    boolean namesField = problem.path("errors").size() > 0 && !problem.path("errors").get(0).path("field").asText().isBlank();
    return status == 400 && !namesField ? "a 400 naming no field" : null;
  }

  private HttpResponse<String> send(Target target, FuzzRequest request) throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target.server() + request.pathAndQuery()))
        .timeout(Duration.ofSeconds(30))
        .method(request.method(), request.body() == null
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request.body()));
    if (request.body() != null) {
      builder.header("Content-Type", "application/json");
    }
    if (target.protocol()) {
      builder.header(ProtocolHeaders.ACCESS_TOKEN, servers.accessToken());
    } else {
      builder.header("Authorization", "Bearer " + servers.apiToken());
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<Target> targets() throws IOException {
    URI adminUri = servers.adminUri();
    URI executorUri = URI.create(servers.executorAddress().replaceAll("/$", ""));
    List<Target> targets = new ArrayList<>();
    spec("openapi/admin.yaml").getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
        (method, operation) -> targets.add(new Target(adminUri, method.name(), path, operation, false))));
    spec("openapi/executor.yaml").getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
        (method, operation) -> targets.add(
            new Target(path.startsWith("/api/") ? adminUri : executorUri, method.name(), path, operation, true))));
    return targets;
  }

  private static OpenAPI spec(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(SchemaFuzzIT.class.getClassLoader().getResourceAsStream(name), name)) {
      return Operations.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
