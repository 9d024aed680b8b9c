package io.tempora.executor.it;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.RegistryRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An admin that records what the executor sends it: registrations, farewells and accepted callback
 * results, with when each arrived ({@link System#nanoTime()}). It checks the token like a real admin
 * and can be told to answer callbacks or registrations with 503.
 */
final class FakeAdmin implements AutoCloseable {

  private static final String OK = "{\"code\":200,\"data\":null,\"msg\":\"Success\",\"success\":true}";

  private final ObjectMapper json = new ObjectMapper();
  private final String token;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  final List<RegistryRequest> registrations = new CopyOnWriteArrayList<>();
  final List<RegistryRequest> removals = new CopyOnWriteArrayList<>();
  final List<CallbackResult> callbacks = new CopyOnWriteArrayList<>();
  final List<String> callbackBodies = new CopyOnWriteArrayList<>();
  final AtomicInteger refusedCallbackAttempts = new AtomicInteger();
  final AtomicInteger wrongTokens = new AtomicInteger();
  final List<Long> registrationNanos = new CopyOnWriteArrayList<>();
  final List<Long> refusedRegistrationNanos = new CopyOnWriteArrayList<>();
  final List<Long> acceptedCallbackNanos = new CopyOnWriteArrayList<>();
  private volatile boolean refusingCallbacks;
  private volatile boolean refusingRegistrations;

  FakeAdmin(String token) throws IOException {
    this.token = token;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/api/registry", this::registry);
    server.createContext("/api/registryRemove", exchange -> answer(exchange, () -> removals.add(read(exchange, RegistryRequest.class))));
    server.createContext("/api/callback", this::callback);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void refuseCallbacks(boolean refuse) {
    refusingCallbacks = refuse;
  }

  void refuseRegistrations(boolean refuse) {
    refusingRegistrations = refuse;
  }

  List<CallbackResult> callbacksFor(long logId) {
    return callbacks.stream().filter(result -> result.logId() == logId).toList();
  }

  CallbackResult onlyCallbackFor(long logId) {
    List<CallbackResult> results = callbacksFor(logId);
    if (results.size() != 1) {
      throw new AssertionError("expected one callback for run " + logId + ", got " + results);
    }
    return results.get(0);
  }

  private void registry(HttpExchange exchange) throws IOException {
    if (refusingRegistrations) {
      refusedRegistrationNanos.add(System.nanoTime());
      refuse(exchange);
      return;
    }
    answer(exchange, () -> {
      registrationNanos.add(System.nanoTime());
      return registrations.add(read(exchange, RegistryRequest.class));
    });
  }

  private void callback(HttpExchange exchange) throws IOException {
    if (refusingCallbacks) {
      refusedCallbackAttempts.incrementAndGet();
      refuse(exchange);
      return;
    }
    answer(exchange, () -> {
      acceptedCallbackNanos.add(System.nanoTime());
      return callbacks.addAll(readCallbacks(exchange));
    });
  }

  private static void refuse(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.sendResponseHeaders(503, -1);
    exchange.close();
  }

  /** Reads either dialect: a bare array (XXL-JOB 2.3 to 3.4) or {@code {"callbackList":[...]}} (3.5). */
  private List<CallbackResult> readCallbacks(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    callbackBodies.add(new String(body, StandardCharsets.UTF_8));
    JsonNode tree = json.readTree(body);
    JsonNode list = tree.isObject() ? tree.path("callbackList") : tree;
    return json.convertValue(list, new TypeReference<List<CallbackResult>>() {});
  }

  private <T> T read(HttpExchange exchange, Class<T> type) throws IOException {
    return json.readValue(exchange.getRequestBody(), type);
  }

  private interface Recording {
    Object record() throws IOException;
  }

  private void answer(HttpExchange exchange, Recording recording) throws IOException {
    String body;
    if (!token.equals(exchange.getRequestHeaders().getFirst(ProtocolHeaders.ACCESS_TOKEN))) {
      wrongTokens.incrementAndGet();
      body = "{\"code\":500,\"msg\":\"The access token is wrong.\"}";
    } else {
      recording.record();
      body = OK;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
