package io.tempora.systemtest.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.fixture.RawHttp.Answer;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

@SystemTest
class SpecDriftIT {

  private static final String SERVED = "the served /openapi";

  private final OpenAPI served;

  SpecDriftIT(TemporaServers servers) throws Exception {
    Answer answer = new RawHttp().get(servers.adminUri().resolve("/openapi?format=json"),
        Map.of("Accept", "application/json"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    this.served = Operations.parse(answer.body(), SERVED);
  }

  @Test
  void servedDocumentOffersExactlyTheOperationsAndParametersOfAdminYaml() throws Exception {
    Operations promised = Operations.of(Operations.parse(resource("openapi/admin.yaml"), "admin.yaml"), path -> true);
    Operations offered = Operations.of(served, path -> path.startsWith("/api/v1/"));

    List<String> drift = promised.differencesFrom(offered, "admin.yaml", SERVED);

    assertThat(drift).as("spec drift:\n  " + String.join("\n  ", drift)).isEmpty();
  }

  @Test
  void servedDocumentOffersTheAdminEndpointsOfExecutorYaml() throws Exception {
    Operations promised = Operations.of(
        Operations.parse(resource("openapi/executor.yaml"), "executor.yaml"), path -> path.startsWith("/api/"));
    Operations offered = Operations.of(served, path -> path.startsWith("/api/") && !path.startsWith("/api/v1/"));

    assertThat(promised.keys()).containsExactlyInAnyOrder(
        "POST /api/registry", "POST /api/registryRemove", "POST /api/callback");
    assertThat(offered.keys())
        .as("executor-facing operations in " + SERVED + ": " + offered.keys())
        .containsAll(promised.keys());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(SpecDriftIT.class.getClassLoader().getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
