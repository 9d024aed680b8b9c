package io.tempora.executor.it;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tempora.protocol.LogPage;
import io.tempora.protocol.LogReply;
import io.tempora.protocol.LogRequest;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the executor as an XXL-JOB admin does: POST, JSON, the token header. */
final class ExecutorClient {

  private final ObjectMapper json =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final String baseUrl;
  private final String token;

  ExecutorClient(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  Reply<Object> post(String path, Object body) throws IOException, InterruptedException {
    return post(path, body, new TypeReference<Reply<Object>>() {});
  }

  <T> Reply<T> post(String path, Object body, TypeReference<Reply<T>> type) throws IOException, InterruptedException {
    return json.readValue(send(path, body == null ? "" : json.writeValueAsString(body), token).body(), type);
  }

  LogPage log(long logId, long logDateTim, int fromLineNum) throws IOException, InterruptedException {
    String body = send("log", json.writeValueAsString(new LogRequest(logId, logDateTim, fromLineNum)), token).body();
    return json.readValue(body, LogReply.class).data();
  }

  HttpResponse<String> send(String path, String body, String presentedToken) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (presentedToken != null) {
      request.header(ProtocolHeaders.ACCESS_TOKEN, presentedToken);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
