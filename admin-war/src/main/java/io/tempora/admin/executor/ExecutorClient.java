package io.tempora.admin.executor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tempora.admin.group.entity.ExecutorTarget;
import io.tempora.admin.platform.JsonProvider;
import io.tempora.admin.security.control.AccessToken;
import io.tempora.protocol.LogReply;
import io.tempora.protocol.LogRequest;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.Reply;
import io.tempora.protocol.RunState;
import io.tempora.protocol.RunStatusRequest;
import io.tempora.protocol.TriggerBatch;
import io.tempora.protocol.TriggerOutcome;
import io.tempora.protocol.TriggerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Calls executors: one keep-alive HTTP/1.1 client for the whole admin, 3 s timeouts as XXL-JOB. The
 * client opens a connection whenever none is idle, so callers bound their requests in flight per
 * executor (see dispatch's lanes); this class bounds nothing itself.
 */
@ApplicationScoped
public class ExecutorClient {

  public static final Duration TIMEOUT = Duration.ofSeconds(3);
  static final int SENDER_THREADS = 64;
  private static final TypeReference<Reply<Void>> PLAIN_REPLY = new TypeReference<>() {};
  private static final TypeReference<Reply<List<TriggerOutcome>>> BATCH_REPLY = new TypeReference<>() {};
  private static final TypeReference<Reply<List<RunState>>> STATUS_REPLY = new TypeReference<>() {};

  @Resource ManagedThreadFactory threads;
  @Inject AccessToken accessToken;

  private ThreadPoolExecutor senders;
  private HttpClient http;

  /**
   * Requests are sent and their answers read on a bounded pool of container threads, blocking. The
   * JDK's {@code sendAsync} hands every answer to CompletableFuture's default pool, which on a
   * two-core machine is a new bare thread per answer: dozens of threads a second, none with container
   * context (dispatch outcomes once vanished there). Callers bound the requests in flight per executor.
   */
  @PostConstruct
  void open() {
    senders = new ThreadPoolExecutor(SENDER_THREADS, SENDER_THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    senders.allowCoreThreadTimeOut(true);
    http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT)
        .executor(senders)
        .build();
  }

  @PreDestroy
  void close() {
    senders.shutdownNow();
  }

  /** XXL-JOB 3.5 executors also get their app name in {@code XXL-JOB-APPNAME}; older ones ignore it. */
  public CompletableFuture<Reply<Void>> trigger(ExecutorTarget target, String address, TriggerRequest trigger) {
    HttpRequest request = HttpRequest.newBuilder(post(address, target.dialect().triggerPath(), trigger), (name, value) -> true)
        .header(ProtocolHeaders.APP_NAME, target.appName())
        .build();
    return send(request, PLAIN_REPLY);
  }

  /** Many runs in one request to a Tempora executor that announced its batch trigger endpoint. */
  public CompletableFuture<Reply<List<TriggerOutcome>>> triggerBatch(String address, String path, List<TriggerRequest> triggers) {
    return send(post(address, path, new TriggerBatch(triggers)), BATCH_REPLY);
  }

  /** What a Tempora executor that announced its run status endpoint knows of these runs. */
  public CompletableFuture<Reply<List<RunState>>> runStatus(String address, String path, List<Long> runIds) {
    return send(post(address, path, new RunStatusRequest(runIds)), STATUS_REPLY);
  }

  /** {@code /beat} or {@code /idleBeat}: a short question, same client and timeouts as a trigger. */
  public CompletableFuture<Reply<Void>> probe(String address, String path, Object body) {
    return send(post(address, path, body), PLAIN_REPLY);
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

  /** Completes on one of the senders, good answer or failure alike. */
  private <T> CompletableFuture<Reply<T>> send(HttpRequest request, TypeReference<Reply<T>> type) {
    CompletableFuture<Reply<T>> answer = new CompletableFuture<>();
    senders.execute(() -> {
      try {
        answer.complete(read(http.send(request, HttpResponse.BodyHandlers.ofString()), type));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        answer.completeExceptionally(e);
      } catch (IOException | RuntimeException e) {
        answer.completeExceptionally(e);
      }
    });
    return answer;
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
