package io.tempora.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tempora.client.ApiException;
import io.tempora.client.api.ApiTokensApi;
import io.tempora.client.api.JobsApi;
import io.tempora.client.model.ApiToken;
import io.tempora.client.model.ApiTokenRequest;
import io.tempora.client.model.Role;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@SystemTest
class ApiTokensIT {

  private final TemporaServers servers;
  private final ApiTokensApi tokens;

  ApiTokensIT(TemporaServers servers) {
    this.servers = servers;
    this.tokens = new ApiTokensApi(servers.apiClient());
  }

  @Test
  void anIssuedTokenWorksForItsRoleIsListedWithoutItsSecretAndStopsWorkingWhenRevoked() throws Exception {
    ApiToken issued = tokens.createApiToken(new ApiTokenRequest().name("reporting " + UUID.randomUUID()).role(Role.VIEWER));
    assertThat(issued.getToken()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(issued.getStatus()).isEqualTo(ApiToken.StatusEnum.ACTIVE);
    assertThat(issued.getCreatedBy()).isEqualTo("token 'admin (first start)'");

    JobsApi asViewer = new JobsApi(servers.apiClient(issued.getToken()));
    assertThat(asViewer.listJobs(null, null, null, null, null, 0, 1)).isNotNull();
    assertThatThrownBy(() -> asViewer.deleteJob(Long.MAX_VALUE)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getCode()).isEqualTo(403));
    assertThatThrownBy(() -> new ApiTokensApi(servers.apiClient(issued.getToken())).listApiTokens())
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));

    ApiToken listed = await().atMost(Duration.ofSeconds(20)).until(() -> find(issued.getId()), t -> t.getLastUsedAt() != null);
    assertThat(listed.getToken()).isNull();
    assertThat(listed.getLastUsedAt()).isAfterOrEqualTo(issued.getCreatedAt());

    ApiToken revoked = tokens.revokeApiToken(issued.getId());

    assertThat(revoked.getStatus()).isEqualTo(ApiToken.StatusEnum.REVOKED);
    await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThatThrownBy(() -> asViewer.listJobs(null, null, null, null, null, 0, 1))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401)));
    assertThat(find(issued.getId()).getStatus()).isEqualTo(ApiToken.StatusEnum.REVOKED);
  }

  @Test
  void aTokenStopsWorkingWhenItExpires() throws Exception {
    OffsetDateTime expiresAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3);
    ApiToken issued = tokens.createApiToken(new ApiTokenRequest().name("short-lived").role(Role.ADMIN).expiresAt(expiresAt));
    JobsApi jobs = new JobsApi(servers.apiClient(issued.getToken()));
    assertThat(jobs.listJobs(null, null, null, null, null, 0, 1)).isNotNull();

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThatThrownBy(() -> jobs.listJobs(null, null, null, null, null, 0, 1))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401)));
    assertThat(find(issued.getId()).getStatus()).isEqualTo(ApiToken.StatusEnum.EXPIRED);
  }

  @Test
  void badRequestsNameTheFieldAndTheLastAdminTokenCannotBeRevoked() throws Exception {
    RawHttp http = new RawHttp();
    Map<String, String> admin = Map.of("Authorization", "Bearer " + servers.apiToken());
    var uri = servers.adminUri().resolve("/api/v1/api-tokens");

    var pastExpiry = http.post(uri, "{\"name\":\"x\",\"role\":\"ADMIN\",\"expiresAt\":\"2000-01-01T00:00:00Z\"}", admin);
    var noRole = http.post(uri, "{\"name\":\"x\"}", admin);
    var badRole = http.post(uri, "{\"name\":\"x\",\"role\":\"ROOT\"}", admin);

    assertThat(pastExpiry.status()).isEqualTo(400);
    assertThat(pastExpiry.json().path("errors").get(0).path("field").asText()).isEqualTo("expiresAt");
    assertThat(noRole.status()).isEqualTo(400);
    assertThat(noRole.json().path("errors").get(0).path("field").asText()).isEqualTo("role");
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.body()).contains("role").doesNotContain("io.tempora");

    long firstAdmin = tokens.listApiTokens().stream().filter(t -> t.getName().equals("admin (first start)")).findFirst()
        .orElseThrow().getId();
    ApiToken second = tokens.createApiToken(new ApiTokenRequest().name("second admin").role(Role.ADMIN));
    for (ApiToken other : tokens.listApiTokens()) {
      if (other.getRole() == Role.ADMIN && other.getStatus() == ApiToken.StatusEnum.ACTIVE
          && other.getId() != firstAdmin && other.getId() != second.getId()) {
        tokens.revokeApiToken(other.getId());
      }
    }
    assertThat(tokens.revokeApiToken(second.getId()).getStatus()).isEqualTo(ApiToken.StatusEnum.REVOKED);
    assertThatThrownBy(() -> tokens.revokeApiToken(firstAdmin)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getCode()).isEqualTo(409));
    assertThat(find(firstAdmin).getStatus()).isEqualTo(ApiToken.StatusEnum.ACTIVE);
    assertThatThrownBy(() -> tokens.revokeApiToken(Long.MAX_VALUE)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getCode()).isEqualTo(404));
  }

  private ApiToken find(long id) throws ApiException {
    return tokens.listApiTokens().stream().filter(t -> t.getId() == id).findFirst().orElseThrow();
  }
}
