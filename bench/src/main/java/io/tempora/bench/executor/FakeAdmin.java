package io.tempora.bench.executor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An admin that accepts everything: {@code /api/registry} and {@code /api/callback} answer success, and
 * every called-back logId is kept with the time its first callback arrived. Repeats and results other
 * than 200 are counted so the benchmark can refuse a wrong run. During an outage it refuses callbacks
 * with code 500, as an admin that cannot store them does.
 */
final class FakeAdmin implements AutoCloseable {

  private static final byte[] SUCCESS = "{\"code\":200,\"msg\":\"Success\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] UNAVAILABLE =
      "{\"code\":500,\"msg\":\"bench: admin outage\"}".getBytes(StandardCharsets.UTF_8);

  private final ObjectMapper json = new ObjectMapper();
  private final Map<Long, Instant> calledBack = new ConcurrentHashMap<>();
  private final AtomicInteger repeats = new AtomicInteger();
  private final AtomicInteger notSucceeded = new AtomicInteger();
  private final AtomicReference<String> registeredApp = new AtomicReference<>();
  private final AtomicInteger refusedCallbacks = new AtomicInteger();
  private volatile boolean outage;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final HttpServer server;

  FakeAdmin() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
    server.setExecutor(threads);
    server.createContext("/api/registry", exchange -> answer(exchange, this::registered));
    server.createContext("/api/registryRemove", exchange -> answer(exchange, body -> { }));
    server.createContext("/api/callback", exchange -> {
      if (outage) {
        refusedCallbacks.incrementAndGet();
        try (exchange) {
          reply(exchange, UNAVAILABLE);
        }
      } else {
        answer(exchange, this::calledBack);
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  boolean registered(String app) {
    return app.equals(registeredApp.get());
  }

  Map<Long, Instant> calledBack() {
    return calledBack;
  }

  int repeats() {
    return repeats.get();
  }

  int notSucceeded() {
    return notSucceeded.get();
  }

  /** From now on refuses (true) or accepts (false) callbacks. */
  void outage(boolean on) {
    outage = on;
  }

  /** Callback requests refused during outages. */
  int refusedCallbacks() {
    return refusedCallbacks.get();
  }

  private void registered(JsonNode body) {
    registeredApp.set(body.path("registryKey").asText());
  }

  private void calledBack(JsonNode body) {
    Instant arrived = Instant.now();
    JsonNode results = body.isArray() ? body : body.path("callbackList");
    for (JsonNode result : results) {
      if (calledBack.putIfAbsent(result.path("logId").asLong(), arrived) != null) {
        repeats.incrementAndGet();
      }
      if (result.path("handleCode").asInt() != 200) {
        notSucceeded.incrementAndGet();
      }
    }
  }

  private void answer(HttpExchange exchange, java.util.function.Consumer<JsonNode> record) throws IOException {
    try (exchange) {
      record.accept(json.readTree(exchange.getRequestBody()));
      reply(exchange, SUCCESS);
    }
  }

  private static void reply(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
