package io.tempora.executor.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.Reply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Calls the admins' {@code /api/*} endpoints over one shared keep-alive client. An admin accepts a call
 * only when it answers HTTP 200 with code 200; anything else, including no answer, is a refusal. Every
 * call to an admin is announced as an {@link AdminCall}, so the heartbeat learns when an admin is back.
 */
@ApplicationScoped
public class AdminClient {

  static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final TypeReference<Reply<Object>> REPLY = new TypeReference<>() {};

  @Inject ExecutorConfig config;
  @Inject AccessGuard guard;
  @Inject JsonMapper json;
  @Inject Event<AdminCall> calls;
  @Inject TokenRefusals tokenRefusals;

  /** The HTTP client's own tasks (a handful per request); see {@link #connect()}. */
  static final int CLIENT_THREADS = 2;

  @Resource ManagedThreadFactory threads;

  private HttpClient http;

  /**
   * The client runs its tasks on a small pool of container-managed threads, not on a managed executor
   * service: the latter captures the caller's context for every task, which Payara does by scanning
   * the class path (ServiceLoader), and that was 18 % of the executor's CPU under load. Idle threads
   * end by themselves, so the pool needs no shutdown that could race the farewell sent at shutdown.
   */
  @PostConstruct
  void connect() {
    ThreadPoolExecutor clientTasks = new ThreadPoolExecutor(
        CLIENT_THREADS, CLIENT_THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    clientTasks.allowCoreThreadTimeOut(true);
    http = HttpClient.newBuilder().connectTimeout(TIMEOUT).executor(clientTasks).build();
  }

  public List<URI> admins() {
    return config.adminAddresses();
  }

  /** Tries each admin in order; returns the one that accepted, if any. */
  public Optional<URI> postToFirstAccepting(String path, Object body) {
    byte[] bytes = toJson(body);
    return admins().stream().filter(admin -> accepts(admin, path, bytes)).findFirst();
  }

  public boolean post(URI admin, String path, Object body) {
    return accepts(admin, path, toJson(body));
  }

  private boolean accepts(URI target, byte[] body) {
    Reply<Object> reply = call(target, body);
    return reply != null && reply.succeeded();
  }

  /** The peer's answer, or null when there was none or it was not HTTP 200 with the protocol's envelope. */
  private Reply<Object> call(URI target, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json;charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    guard.token().ifPresent(token -> request.header(ProtocolHeaders.ACCESS_TOKEN, token));
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return response.statusCode() == 200 ? json.mapper().readValue(response.body(), REPLY) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Whether the executor at {@code address} answers {@code /beat}; used on this executor itself. */
  public boolean answersBeat(URI address) {
    return accepts(address.resolve("beat"), toJson(java.util.Map.of()));
  }

  private boolean accepts(URI admin, String path, byte[] body) {
    Reply<Object> reply = call(URI.create(admin + "/api/" + path), body);
    boolean accepted = reply != null && reply.succeeded();
    if (!accepted && reply != null && TokenRefusals.TOKEN_REFUSED.equals(reply.msg())) {
      tokenRefusals.refusedBy(admin, path);
    }
    calls.fire(new AdminCall(admin, path, accepted));
    return accepted;
  }

  private byte[] toJson(Object body) {
    try {
      return json.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
