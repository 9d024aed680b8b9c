package io.tempora.systemtest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.protocol.ProtocolHeaders;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.fixture.RawHttp.Answer;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No endpoint of either server reads a body past its limit (4 MiB by default), declared or chunked. */
@SystemTest
class OversizedBodyIT {

  private static final int OVER_LIMIT = 4 * 1024 * 1024 + 1024;

  private final TemporaServers servers;
  private final Admin admin;
  private final RawHttp http = new RawHttp();

  OversizedBodyIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void restApiRefusesAnOversizedJobWith413AndStoresNothing() throws Exception {
    URI jobs = servers.adminUri().resolve("/api/v1/jobs");
    String job = "{\"groupId\":" + admin.executorGroup().getId() + ",\"name\":\"big\",\"scheduleType\":\"NONE\","
        + "\"handler\":\"echo\",\"params\":\"" + "p".repeat(OVER_LIMIT) + "\"}";
    long before = admin.jobs.listJobs(null, null, null, null, null, 0, 1).getTotal();
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + servers.apiToken());

    for (Answer answer : new Answer[] {http.post(jobs, job, bearer), http.postChunked(jobs, job, bearer)}) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(413);
      assertThat(answer.isProblem()).isTrue();
      assertThat(answer.json().path("detail").asText()).contains("larger than");
    }
    assertThat(admin.jobs.listJobs(null, null, null, null, null, 0, 1).getTotal()).isEqualTo(before);
  }

  @Test
  void protocolEndpointsRefuseAnOversizedBodyInTheEnvelope() throws Exception {
    String callbacks = "[" + "{\"logId\":1,\"logDateTim\":0,\"handleCode\":200,\"handleMsg\":\"x\"},".repeat(OVER_LIMIT / 60) + "{}]";
    // a run that got through on an executor without the limit would fail at once: nobody offers its handler
    String run = "{\"jobId\":1999999999,\"logId\":" + (1_000_000_000L + System.nanoTime() % 1_000_000_000L)
        + ",\"executorHandler\":\"no-such-handler\",\"executorParams\":\"" + "p".repeat(OVER_LIMIT) + "\"}";

    assertRefusedInTheEnvelope(servers.adminUri().resolve("/api/callback"), callbacks);
    assertRefusedInTheEnvelope(URI.create(servers.executorAddress() + "run"), run);
  }

  private void assertRefusedInTheEnvelope(URI endpoint, String body) throws Exception {
    Map<String, String> token = Map.of(ProtocolHeaders.ACCESS_TOKEN, servers.accessToken());
    for (Answer answer : new Answer[] {http.post(endpoint, body, token), http.postChunked(endpoint, body, token)}) {
      assertThat(answer.status()).as(endpoint + ": " + answer.body()).isEqualTo(200);
      assertThat(answer.json().path("code").asInt()).as(answer.body()).isEqualTo(500);
      assertThat(answer.json().path("msg").asText()).as(endpoint.toString()).contains("larger than");
    }
  }
}
