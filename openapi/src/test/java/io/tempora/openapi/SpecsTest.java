package io.tempora.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpecsTest {

  @Test
  void adminSpecParsesWithoutMessagesAndNamesEveryOperation() {
    SwaggerParseResult result = parse("openapi/admin.yaml");

    assertThat(result.getMessages()).isEmpty();
    assertThat(operationIds(result.getOpenAPI()))
        .containsExactlyInAnyOrder(
            "createExecutorGroup", "listExecutorGroups", "getExecutorGroup", "updateExecutorGroup",
            "deleteExecutorGroup", "createJob", "listJobs", "getJob", "updateJob", "deleteJob",
            "enableJob", "disableJob", "copyJob", "triggerJob", "backfillJob", "listGlueVersions", "getGlueVersion",
            "rollBackGlue", "diffGlueVersions", "previewSchedule", "listRuns", "getRun", "getRunFire", "killRun",
            "getRunLog", "createApiToken", "listApiTokens", "revokeApiToken", "getJobAlarms", "replaceJobAlarms",
            "listRunAlarms");
  }

  @Test
  void executorSpecParsesWithoutMessagesAndCoversBothDirectionsOfTheProtocol() {
    SwaggerParseResult result = parse("openapi/executor.yaml");

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getPaths())
        .containsOnlyKeys(
            "/run", "/trigger", "/beat", "/idleBeat", "/kill", "/log",
            "/api/registry", "/api/registryRemove", "/api/callback", "/tempora/runs", "/tempora/runStatus");
    assertThat(result.getOpenAPI().getComponents().getSecuritySchemes().get("accessToken").getName())
        .isEqualTo("XXL-JOB-ACCESS-TOKEN");
  }

  @Test
  void executorSpecNamesBothSpellingsOfTheRunTime() {
    OpenAPI spec = parse("openapi/executor.yaml").getOpenAPI();

    for (String schema : List.of("TriggerParam", "LogParam", "CallbackResult")) {
      assertThat(spec.getComponents().getSchemas().get(schema).getProperties())
          .as(schema)
          .containsKeys("logDateTim", "logDateTime");
    }
  }

  private static SwaggerParseResult parse(String resource) {
    String location = Objects.requireNonNull(SpecsTest.class.getClassLoader().getResource(resource)).toString();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readLocation(location, null, options);
  }

  private static List<String> operationIds(OpenAPI spec) {
    return spec.getPaths().values().stream()
        .flatMap(path -> path.readOperations().stream())
        .map(Operation::getOperationId)
        .flatMap(Stream::ofNullable)
        .toList();
  }
}
