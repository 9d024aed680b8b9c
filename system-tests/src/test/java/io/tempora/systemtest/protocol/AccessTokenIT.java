package io.tempora.systemtest.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tempora.client.model.ExecutorGroup;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.RegistryRequest;
import io.tempora.protocol.Reply;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.fixture.RawHttp.Answer;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SystemTest
class AccessTokenIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String IMPOSTOR = "http://127.0.0.1:1/";

  private final TemporaServers servers;
  private final Admin admin;
  private final RawHttp http = new RawHttp();

  AccessTokenIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void registryWithoutAccessTokenIsRefusedAndNotStored() throws Exception {
    ExecutorGroup group = admin.groupWithoutExecutors();

    Answer answer = post("/api/registry", registration(group), Map.of());

    assertRefused(answer);
    assertThat(admin.groups.getExecutorGroup(group.getId()).getLiveAddresses()).doesNotContain(IMPOSTOR);
  }

  @Test
  void registryWithWrongAccessTokenIsRefusedAndNotStored() throws Exception {
    ExecutorGroup group = admin.groupWithoutExecutors();

    Answer answer = post("/api/registry", registration(group), token("wrong-token"));

    assertRefused(answer);
    assertThat(admin.groups.getExecutorGroup(group.getId()).getLiveAddresses()).doesNotContain(IMPOSTOR);
  }

  @Test
  void registryWithTheAccessTokenIsAcceptedAndRemovable() throws Exception {
    ExecutorGroup group = admin.groupWithoutExecutors();

    Answer registered = post("/api/registry", registration(group), token(servers.accessToken()));

    assertThat(registered.json().path("code").asInt()).as(registered.body()).isEqualTo(Reply.SUCCESS);
    await("the registration listed").atMost(Duration.ofSeconds(5))
        .until(() -> admin.groups.getExecutorGroup(group.getId()).getLiveAddresses().contains(IMPOSTOR));
    Answer removed = post("/api/registryRemove", registration(group), token(servers.accessToken()));
    assertThat(removed.json().path("code").asInt()).as(removed.body()).isEqualTo(Reply.SUCCESS);
    await("the registration gone").atMost(Duration.ofSeconds(5))
        .until(() -> !admin.groups.getExecutorGroup(group.getId()).getLiveAddresses().contains(IMPOSTOR));
  }

  @Test
  void callbackWithoutAccessTokenIsRefused() throws Exception {
    assertRefused(post("/api/callback", callback(), Map.of()));
  }

  @Test
  void callbackWithWrongAccessTokenIsRefused() throws Exception {
    assertRefused(post("/api/callback", callback(), token("wrong-token")));
  }

  @Test
  void registryRemoveWithWrongAccessTokenIsRefused() throws Exception {
    ExecutorGroup group = admin.executorGroup();

    Answer answer = post("/api/registryRemove", registration(group, servers.executorAddress()), token("wrong-token"));

    assertRefused(answer);
    assertThat(admin.groups.getExecutorGroup(group.getId()).getLiveAddresses()).contains(servers.executorAddress());
  }

  private Answer post(String path, String json, Map<String, String> headers) throws Exception {
    return http.post(servers.adminUri().resolve(path), json, headers);
  }

  /** XXL-JOB executors expect HTTP 200 with the refusal in {@code code}. */
  private static void assertRefused(Answer answer) {
    assertThat(answer.json().path("code").asInt()).as(answer.body()).isEqualTo(Reply.FAIL);
  }

  private static String registration(ExecutorGroup group) throws Exception {
    return registration(group, IMPOSTOR);
  }

  private static String registration(ExecutorGroup group, String address) throws Exception {
    return JSON.writeValueAsString(RegistryRequest.executor(group.getAppName(), address));
  }

  private static String callback() throws Exception {
    return JSON.writeValueAsString(List.of(new CallbackResult(1, 0, Reply.SUCCESS, "forged")));
  }

  private static Map<String, String> token(String value) {
    return Map.of(ProtocolHeaders.ACCESS_TOKEN, value);
  }
}
