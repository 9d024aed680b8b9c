package io.tempora.systemtest.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.protocol.ProtocolHeaders;
import io.tempora.systemtest.fixture.FromAddress;
import io.tempora.systemtest.fixture.FromAddress.Answer;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An address that keeps calling without valid credentials is told to wait once over its share (the
 * test servers allow {@value TemporaServers#REFUSED_CALLS_PER_MINUTE} a minute), while callers that
 * hold credentials, and other addresses, are served as before. Each test calls from a loopback address
 * of its own so the servers count it apart from every other test.
 */
@SystemTest
class RefusedCallsIT {

  private final TemporaServers servers;

  RefusedCallsIT(TemporaServers servers) {
    this.servers = servers;
  }

  @Test
  void apiCallsWithoutValidTokenAreHeldBackOnceOverTheShare() throws Exception {
    FromAddress caller = new FromAddress("127.0.0.2");
    URI jobs = servers.adminUri().resolve("/api/v1/jobs");
    Map<String, String> badToken = Map.of("Authorization", "Bearer not-a-token");
    for (int i = 0; i < TemporaServers.REFUSED_CALLS_PER_MINUTE; i++) {
      assertThat(caller.send("GET", jobs, null, badToken).status()).isEqualTo(401);
    }

    Answer heldBack = caller.send("GET", jobs, null, badToken);
    Answer withToken = caller.send("GET", jobs, null, Map.of("Authorization", "Bearer " + servers.apiToken()));
    Answer otherAddress = new FromAddress("127.0.0.3").send("GET", jobs, null, badToken);

    assertThat(heldBack.status()).isEqualTo(429);
    assertThat(heldBack.headers().get("content-type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(heldBack.headers().get("retry-after"))).isBetween(1L, 60L);
    assertThat(heldBack.body()).contains("too many calls without valid credentials");
    assertThat(withToken.status()).isEqualTo(200);
    assertThat(otherAddress.status()).isEqualTo(401);
  }

  @Test
  void protocolCallsWithWrongAccessTokenAreHeldBackOnceOverTheShareOnBothServers() throws Exception {
    FromAddress caller = new FromAddress("127.0.0.4");
    URI registry = servers.adminUri().resolve("/api/registry");
    URI beat = URI.create(servers.executorAddress()).resolve("beat");
    Map<String, String> wrong = Map.of(ProtocolHeaders.ACCESS_TOKEN, "wrong-token");
    String registration = "{\"registryGroup\":\"EXECUTOR\",\"registryKey\":\"none\",\"registryValue\":\"http://127.0.0.1:1/\"}";
    for (int i = 0; i < TemporaServers.REFUSED_CALLS_PER_MINUTE; i++) {
      assertThat(caller.send("POST", registry, registration, wrong).body()).contains("\"code\":500");
      assertThat(caller.send("POST", beat, "", wrong).body()).contains("\"code\":500");
    }

    Answer adminHeldBack = caller.send("POST", registry, registration, wrong);
    Answer executorHeldBack = caller.send("POST", beat, "", wrong);
    Answer executorWithToken = caller.send("POST", beat, "", Map.of(ProtocolHeaders.ACCESS_TOKEN, servers.accessToken()));

    for (Answer heldBack : new Answer[] {adminHeldBack, executorHeldBack}) {
      assertThat(heldBack.status()).isEqualTo(200);
      assertThat(heldBack.body()).contains("\"code\":429").contains("retry in");
      assertThat(heldBack.headers()).containsKey("retry-after");
    }
    assertThat(executorWithToken.body()).contains("\"code\":200");
  }
}
