package io.tempora.systemtest.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook endpoint as a user would run one: it answers 503 to the first {@code refusals} calls,
 * then 204, and keeps every call with whether its signature matches the shared secret.
 */
final class WebhookReceiver implements AutoCloseable {

  record Call(int answered, String signature, String delivery, String event, boolean signedRight, JsonNode body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String secret;
  private final AtomicInteger refusals;
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  WebhookReceiver(String secret, int refusals) {
    this.secret = secret;
    this.refusals = new AtomicInteger(refusals);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/alarms", this::receive);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/alarms";
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> accepted() {
    return calls.stream().filter(call -> call.answered() == 204).toList();
  }

  private void receive(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String signature = exchange.getRequestHeaders().getFirst("X-Tempora-Signature");
    int answer = refusals.getAndDecrement() > 0 ? 503 : 204;
    calls.add(new Call(answer, signature, exchange.getRequestHeaders().getFirst("X-Tempora-Delivery"),
        exchange.getRequestHeaders().getFirst("X-Tempora-Event"), sign(body).equals(signature), JSON.readTree(body)));
    exchange.sendResponseHeaders(answer, -1);
    exchange.close();
  }

  private String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
