package io.tempora.bench.executor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PacedLoadTest {

  private HttpServer executor;

  @AfterEach
  void stop() {
    executor.stop(0);
  }

  @Test
  void keepsItsScheduleWhileAnswersAreSlowAndCountsLatencyFromTheDueTime() throws Exception {
    start(Duration.ofMillis(300), "{\"code\":200,\"msg\":\"Success\"}");
    PacedLoad load = new PacedLoad(caller(), 1, 10, 64);

    PacedLoad.Result result = load.send(50, Duration.ofSeconds(1), Duration.ZERO);

    assertThat(result.sent()).isEqualTo(50);
    assertThat(result.accepted()).isEqualTo(50);
    assertThat(result.late()).isZero();
    // closed loop would have taken 50 x 300 ms
    assertThat(Duration.between(result.start(), result.lastSent())).isLessThan(Duration.ofMillis(1500));
    assertThat(result.latencies()).hasSize(50).allSatisfy(latency ->
        assertThat(latency).isGreaterThanOrEqualTo(Duration.ofMillis(300)));
    assertThat(load.acceptedRuns()).extracting(Burst.Run::logId).containsExactlyElementsOf(
        LongStream.rangeClosed(1, 50).boxed().toList());
  }

  @Test
  void countsRefusalsByTheirReasonWithoutTheNumbers() throws Exception {
    start(Duration.ZERO, "{\"code\":500,\"msg\":\"executor overloaded: 50001 runs queued or running\"}");
    PacedLoad load = new PacedLoad(caller(), 1, 10, 4);

    PacedLoad.Result result = load.send(100, Duration.ofMillis(200), Duration.ZERO);

    assertThat(result.refusals()).containsOnlyKeys("code 500: executor overloaded: N runs queued or running");
    assertThat(result.refused()).isEqualTo(20);
    assertThat(result.refusals().keySet()).allMatch(PacedLoad::saysOverloaded);
    assertThat(PacedLoad.saysOverloaded("code 500: unknown handler")).isFalse();
    assertThat(PacedLoad.saysOverloaded("no answer: executor overloaded")).isFalse();
  }

  private void start(Duration delay, String answer) throws Exception {
    executor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
    executor.setExecutor(Executors.newCachedThreadPool());
    executor.createContext("/run", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        Thread.sleep(delay.toMillis());
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    executor.start();
  }

  private RunCaller caller() {
    return new RunCaller("http://127.0.0.1:" + executor.getAddress().getPort() + "/", "token", "echo", "bench");
  }
}
