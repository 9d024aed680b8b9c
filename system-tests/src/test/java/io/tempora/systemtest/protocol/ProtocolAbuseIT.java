package io.tempora.systemtest.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.RegistryRequest;
import io.tempora.protocol.Reply;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.fixture.RawHttp.Answer;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What callers without the token, or with broken bodies, can do to the admin's protocol endpoints. */
@SystemTest
class ProtocolAbuseIT {

  /** More than Payara Micro's request threads, so bodies read on request threads would take them all. */
  private static final int SLOW_UPLOADS = 300;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TemporaServers servers;
  private final Admin admin;
  private final RawHttp http = new RawHttp();

  ProtocolAbuseIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void slowUploadsWithoutTheTokenDoNotHoldUpExecutorsThatHaveIt() throws Exception {
    String registration = JSON.writeValueAsString(RegistryRequest.executor(admin.groupWithoutExecutors().getAppName(), "http://127.0.0.1:1/"));
    List<Socket> uploads = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW_UPLOADS; i++) {
        uploads.add(startSlowUpload("/api/registry"));
      }
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int probe = 0; probe < 5; probe++) {
        HttpRequest beat = HttpRequest.newBuilder(servers.adminUri().resolve("/api/registry"))
            .timeout(Duration.ofSeconds(5))
            .header(ProtocolHeaders.ACCESS_TOKEN, servers.accessToken())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(registration))
            .build();
        HttpResponse<String> answer = client.send(beat, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).as("probe " + probe).contains("\"code\":200");
      }
    } finally {
      for (Socket upload : uploads) {
        upload.close();
      }
    }
  }

  @Test
  void anEmptyAccessTokenIsNeverValid() throws Exception {
    Answer answer = http.post(uri("/api/callback"), "[]", Map.of(ProtocolHeaders.ACCESS_TOKEN, ""));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("code").asInt()).as(answer.body()).isEqualTo(Reply.FAIL);
  }

  @Test
  void malformedProtocolCallsGetTheEnvelopeWithAReasonAndNoJavaNames() throws Exception {
    Map<String, String> token = Map.of(ProtocolHeaders.ACCESS_TOKEN, servers.accessToken());
    List<String[]> calls = List.of(
        new String[] {"/api/registry", "not json"},
        new String[] {"/api/registry", "{\"registryKey\":\"a\",\"registryKey\":\"b\",\"registryValue\":\"http://h/\"}"},
        new String[] {"/api/registry", "{\"registryGroup\":\"EXECUTOR\",\"registryKey\":\"app\",\"registryValue\":\"http://h:1/\",\"handlers\":[null]}"},
        new String[] {"/api/registry", "{\"registryGroup\":\"EXECUTOR\",\"registryKey\":\"app\",\"registryValue\":\"http://h:1/\",\"handlers\":[\"" + "h".repeat(300) + "\"]}"},
        new String[] {"/api/registryRemove", "[1,2]"},
        new String[] {"/api/callback", "{"},
        new String[] {"/api/callback", "[{\"logId\":\"abc\",\"handleCode\":200}]"},
        new String[] {"/api/callback", "[{\"logId\":1,\"handleCode\":{\"x\":1}}]"});
    for (String[] call : calls) {
      Answer answer = http.post(uri(call[0]), call[1], token);

      assertThat(answer.status()).as(call[0] + " " + call[1] + " -> " + answer.body()).isEqualTo(200);
      assertThat(answer.contentType()).startsWith("application/json");
      assertThat(answer.json().path("code").asInt()).as(answer.body()).isEqualTo(Reply.FAIL);
      assertThat(answer.json().path("msg").asText()).isNotBlank();
      assertThat(answer.body()).doesNotContainPattern("\\b(java|io\\.tempora|com\\.fasterxml)\\.");
    }
    Answer wrongMethod = http.get(uri("/api/callback"), token);
    assertThat(wrongMethod.status()).isEqualTo(200);
    assertThat(wrongMethod.json().path("code").asInt()).as(wrongMethod.body()).isEqualTo(Reply.FAIL);
  }

  @Test
  void aCallbackWithoutLogDateTimIsAccepted() throws Exception {
    Answer answer = http.post(uri("/api/callback"), "[{\"logId\":987654321,\"handleCode\":200,\"handleMsg\":\"done\"}]",
        Map.of(ProtocolHeaders.ACCESS_TOKEN, servers.accessToken()));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("code").asInt()).as(answer.body()).isEqualTo(Reply.SUCCESS);
  }

  /** Sends the headers and one byte of a large body, then nothing: the connection stays open. */
  private Socket startSlowUpload(String path) throws IOException {
    URI admin = servers.adminUri();
    Socket socket = new Socket(admin.getHost(), admin.getPort());
    OutputStream out = socket.getOutputStream();
    out.write(("POST " + path + " HTTP/1.1\r\nHost: " + admin.getHost() + "\r\nContent-Type: application/json\r\n"
        + "Content-Length: 1000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  private URI uri(String path) {
    return servers.adminUri().resolve(path);
  }
}
