package io.tempora.admin.dispatch.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tempora.admin.platform.JsonProvider;
import io.tempora.admin.security.control.AccessToken;
import io.tempora.protocol.LogReply;
import io.tempora.protocol.LogRequest;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.Reply;
import io.tempora.protocol.TriggerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Calls executors: one keep-alive HTTP client for the whole admin, 3 s timeouts as XXL-JOB. */
@ApplicationScoped
public class ExecutorClient {

  static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final TypeReference<Reply<Void>> PLAIN_REPLY = new TypeReference<>() {};

  @Resource ManagedThreadFactory threads;
  @Inject AccessToken accessToken;

  private ExecutorService completions;
  private HttpClient http;

  /**
   * The client gets its own pool of container threads: on the default managed executor (two core
   * threads behind an unbounded queue) its completions queue up behind each other until requests
   * time out under load.
   */
  @PostConstruct
  void open() {
    completions = Executors.newCachedThreadPool(threads);
    http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT)
        .executor(completions)
        .build();
  }

  @PreDestroy
  void close() {
    completions.shutdownNow();
  }

  /** XXL-JOB 3.5 executors also get their app name in {@code XXL-JOB-APPNAME}; older ones ignore it. */
  public CompletableFuture<Reply<Void>> trigger(ExecutorTarget target, String address, TriggerRequest trigger) {
    HttpRequest request = HttpRequest.newBuilder(post(address, target.dialect().triggerPath(), trigger), (name, value) -> true)
        .header(ProtocolHeaders.APP_NAME, target.appName())
        .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> read(response, PLAIN_REPLY));
  }

  /** {@code /beat} or {@code /idleBeat}: a short question, same client and timeouts as a trigger. */
  public CompletableFuture<Reply<Void>> probe(String address, String path, Object body) {
    return http.sendAsync(post(address, path, body), HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> read(response, PLAIN_REPLY));
  }

  public LogReply log(String address, LogRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(post(address, "log", request), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      return new LogReply(Reply.FAIL, "executor answered HTTP " + response.statusCode(), null, null);
    }
    try {
      return JsonProvider.MAPPER.readValue(response.body(), LogReply.class);
    } catch (JsonProcessingException e) {
      return new LogReply(Reply.FAIL, "not an XXL-JOB log reply: " + abbreviate(response.body()), null, null);
    }
  }

  private HttpRequest post(String address, String path, Object body) {
    try {
      return HttpRequest.newBuilder(URI.create(address).resolve(path))
          .timeout(TIMEOUT)
          .header("Content-Type", "application/json;charset=UTF-8")
          .header(ProtocolHeaders.ACCESS_TOKEN, accessToken.value())
          .POST(HttpRequest.BodyPublishers.ofString(JsonProvider.MAPPER.writeValueAsString(body)))
          .build();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> Reply<T> read(HttpResponse<String> response, TypeReference<Reply<T>> type) {
    if (response.statusCode() != 200) {
      return Reply.fail("executor answered HTTP " + response.statusCode());
    }
    try {
      return JsonProvider.MAPPER.readValue(response.body(), type);
    } catch (JsonProcessingException e) {
      return Reply.fail("executor answered something that is not an XXL-JOB reply: " + abbreviate(response.body()));
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}
