package io.tempora.systemtest.glue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.servers.TemporaServers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor that speaks XXL-JOB 3.3's protocol as a real one does: it registers with the admin, takes
 * {@code /run}, writes a log, calls back, appends its "callback finish" line after the admin took the
 * result, and answers every {@code /log} with {@code isEnd=false}. A run whose params are {@code hold}
 * waits for {@link #release()} before it ends.
 */
final class FakeXxlExecutor implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TemporaServers servers;
  private final String appName;
  private final HttpServer server;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final Map<Long, List<String>> logs = new ConcurrentHashMap<>();
  private final CountDownLatch held = new CountDownLatch(1);
  private final RawHttp http = new RawHttp();
  private final AtomicInteger logReads = new AtomicInteger();

  FakeXxlExecutor(TemporaServers servers, String appName) throws IOException {
    this.servers = servers;
    this.appName = appName;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/run", exchange -> answer(exchange, run(read(exchange))));
    server.createContext("/log", exchange -> answer(exchange, log(read(exchange))));
    server.createContext("/beat", exchange -> answer(exchange, ok()));
    server.createContext("/idleBeat", exchange -> answer(exchange, ok()));
    server.createContext("/kill", exchange -> answer(exchange, ok()));
    server.setExecutor(workers);
    server.start();
  }

  String address() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  void register() throws Exception {
    callAdmin("registry");
  }

  void release() {
    held.countDown();
  }

  int logReads() {
    return logReads.get();
  }

  @Override
  public void close() throws Exception {
    release();
    try {
      callAdmin("registryRemove");
    } finally {
      server.stop(0);
      workers.shutdownNow();
    }
  }

  private ObjectNode run(JsonNode trigger) {
    long logId = trigger.path("logId").asLong();
    long logDateTime = trigger.path("logDateTime").asLong(trigger.path("logDateTim").asLong());
    String params = trigger.path("executorParams").asText("");
    List<String> log = logs.computeIfAbsent(logId, id -> new CopyOnWriteArrayList<>());
    workers.submit(() -> {
      log.add("----------- xxl-job job execute start -----------");
      log.add("----------- Param:" + params);
      if ("hold".equals(params)) {
        held.await(60, TimeUnit.SECONDS);
      }
      log.add("----------- xxl-job job execute end(finish) ----------- Result: handleCode=200");
      callBack(logId, logDateTime);
      log.add("----------- xxl-job job callback finish.");
      return null;
    });
    return ok();
  }

  /** As XXL-JOB: every line from {@code fromLineNum} on, {@code toLineNum} the file's last line, never the end. */
  private ObjectNode log(JsonNode request) {
    logReads.incrementAndGet();
    List<String> lines = logs.getOrDefault(request.path("logId").asLong(), List.of());
    int from = request.path("fromLineNum").asInt(1);
    StringBuilder content = new StringBuilder();
    for (int line = from; line <= lines.size(); line++) {
      content.append(lines.get(line - 1)).append('\n');
    }
    ObjectNode page = JSON.createObjectNode()
        .put("fromLineNum", from)
        .put("toLineNum", lines.size())
        .put("logContent", content.toString())
        .put("isEnd", false);
    ObjectNode reply = ok();
    reply.set("data", page);
    return reply;
  }

  private void callBack(long logId, long logDateTime) throws Exception {
    String body = "[{\"logId\":" + logId + ",\"logDateTim\":" + logDateTime + ",\"handleCode\":200,\"handleMsg\":\"fake done\"}]";
    RawHttp.Answer answer = http.post(servers.adminUri().resolve("/api/callback"), body,
        Map.of("XXL-JOB-ACCESS-TOKEN", servers.accessToken()));
    assertThat(answer.body()).as("callback of run " + logId).contains("\"code\":200");
  }

  private void callAdmin(String path) throws Exception {
    String body = "{\"registryGroup\":\"EXECUTOR\",\"registryKey\":\"" + appName + "\",\"registryValue\":\"" + address() + "\"}";
    RawHttp.Answer answer = http.post(servers.adminUri().resolve("/api/" + path), body,
        Map.of("XXL-JOB-ACCESS-TOKEN", servers.accessToken()));
    assertThat(answer.body()).as(path + " " + address()).contains("\"code\":200");
  }

  private static ObjectNode ok() {
    return JSON.createObjectNode().put("code", 200).put("msg", "Success");
  }

  private static JsonNode read(HttpExchange exchange) throws IOException {
    return JSON.readTree(exchange.getRequestBody().readAllBytes());
  }

  private static void answer(HttpExchange exchange, JsonNode reply) throws IOException {
    byte[] body = JSON.writeValueAsBytes(reply);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
