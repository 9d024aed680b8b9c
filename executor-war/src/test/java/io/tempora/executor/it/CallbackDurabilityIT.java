package io.tempora.executor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.Reply;
import io.tempora.protocol.RunState;
import io.tempora.protocol.RunState.State;
import io.tempora.protocol.RunStatusRequest;
import io.tempora.protocol.TriggerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Run results survive admin outages and executor restarts: the real executor in Payara Micro, an admin
 * that refuses callbacks for a while, and a count of run ids at the end (none lost, none doubled).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallbackDurabilityIT {

  private static final String TOKEN = "it-token-" + System.nanoTime();
  private static final AtomicLong NEXT_ID = new AtomicLong(5000);
  private static final long LOG_DATE = System.currentTimeMillis();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static FakeAdmin admin;
  private static PayaraExecutor executor;
  private static ExecutorClient client;

  @RegisterExtension
  static final TestWatcher SERVER_LOG_ON_FAILURE = ItServers.logOnFailure(() -> executor);

  @BeforeAll
  static void startExecutor() throws Exception {
    admin = new FakeAdmin(TOKEN);
    executor = PayaraExecutor.start(ItServers.newWorkDir("callbacks-"), admin.url(), TOKEN);
    client = new ExecutorClient(executor.url(), TOKEN);
    executor.awaitReady(client);
  }

  @AfterAll
  static void stopExecutor() throws Exception {
    ItServers.closeAll(executor, admin);
  }

  @Test
  @Order(1)
  void acceptsTheXxlJob35AppNameHeaderAndAnswersRunWithCodeAndMsgOnly() throws Exception {
    long logId = NEXT_ID.incrementAndGet();
    HttpRequest request = HttpRequest.newBuilder(URI.create(executor.url() + "/run"))
        .header("Content-Type", "application/json;charset=UTF-8")
        .header(ProtocolHeaders.ACCESS_TOKEN, TOKEN)
        .header(ProtocolHeaders.APP_NAME, "some-other-app")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(echo(31, logId))))
        .build();

    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"code\":200,\"msg\":\"Success\"}");
    eventually().until(() -> admin.callbacksFor(logId).size() == 1);
  }

  @Test
  @Order(2)
  void everyResultOfManyJobsArrivesExactlyOnceAfterAnAdminOutageInOneBatch() throws Exception {
    admin.refuseCallbacks(true);
    List<Long> logIds = newLogIds(30);
    for (int i = 0; i < logIds.size(); i++) {
      assertThat(client.post("run", echo(40 + i % 6, logIds.get(i))).code()).isEqualTo(200);
    }
    eventually().until(() -> spooledLogIds().containsAll(logIds));
    eventually().until(() -> admin.refusedCallbackAttempts.get() >= 2);
    assertThat(admin.callbacks).noneMatch(result -> logIds.contains(result.logId()));
    int requestsBefore = admin.callbackBodies.size();

    admin.refuseCallbacks(false);

    eventually().atMost(Duration.ofSeconds(60)).until(() -> logIds.stream().allMatch(id -> !admin.callbacksFor(id).isEmpty()));
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
        .until(() -> logIds.stream().allMatch(id -> admin.callbacksFor(id).size() == 1));
    assertThat(admin.callbackBodies.size() - requestsBefore).as("callback requests for 30 results").isEqualTo(1);
    assertThat(spooledLogIds()).isEmpty();
  }

  @Test
  @Order(3)
  void resultsSpooledWhenTheExecutorStopsArriveExactlyOnceAfterItStartsAgainInTheConfiguredDialect() throws Exception {
    admin.refuseCallbacks(true);
    List<Long> logIds = newLogIds(20);
    for (int i = 0; i < logIds.size(); i++) {
      assertThat(client.post("run", echo(50 + i % 4, logIds.get(i))).code()).isEqualTo(200);
    }
    eventually().until(() -> spooledLogIds().containsAll(logIds));
    long stillRunning = NEXT_ID.incrementAndGet();
    client.post("run", new TriggerRequest(59, "sleep", "60000", "SERIAL_EXECUTION", 0, stillRunning, LOG_DATE, "BEAN", "", 0, 0, 1));
    eventually().ignoreExceptions().until(() -> client.log(stillRunning, LOG_DATE, 1).logContent().contains("sleeping"));

    executor.close();
    assertThat(spooledLogIds()).containsAll(logIds).contains(stillRunning);
    executor = executor.restart("tempora.executor.callback-dialect=XXL_3_5");
    executor.awaitReady(client);
    eventually().until(() -> executor.serverSaid("found in the spool"));
    Reply<List<RunState>> states = client.post("tempora/runStatus",
        new RunStatusRequest(List.of(logIds.get(0), stillRunning, NEXT_ID.get() + 1000)), new TypeReference<>() {});
    assertThat(states.data()).as("results in the spool of the process before")
        .extracting(RunState::state).containsExactly(State.ENDED, State.ENDED, State.UNKNOWN);
    int requestsBefore = admin.callbackBodies.size();
    admin.refuseCallbacks(false);

    eventually().atMost(Duration.ofSeconds(60)).until(() -> logIds.stream().allMatch(id -> !admin.callbacksFor(id).isEmpty()));
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
        .until(() -> logIds.stream().allMatch(id -> admin.callbacksFor(id).size() == 1));
    assertThat(admin.callbacksFor(logIds.get(0)).get(0)).extracting(CallbackResult::logId, CallbackResult::logDateTim,
        CallbackResult::handleCode, CallbackResult::handleMsg).containsExactly(logIds.get(0), LOG_DATE, 200, "spooled");
    assertThat(admin.callbacksFor(logIds.get(0)).get(0).finishedAt()).as("finishedAt survives the spool").isNotNull();
    assertThat(admin.onlyCallbackFor(stillRunning).handleCode()).isEqualTo(500);
    assertThat(admin.callbackBodies.subList(requestsBefore, admin.callbackBodies.size()))
        .isNotEmpty()
        .allSatisfy(body -> assertThat(body).startsWith("{\"callbackList\":[").contains("\"logDateTime\":" + LOG_DATE)
            .doesNotContain("logDateTim\""));
    assertThat(spooledLogIds()).isEmpty();
  }

  private static List<Long> newLogIds(int count) {
    return LongStream.range(0, count).map(i -> NEXT_ID.incrementAndGet()).boxed().toList();
  }

  private static TriggerRequest echo(long jobId, long logId) {
    return new TriggerRequest(jobId, "echo", "spooled", "SERIAL_EXECUTION", 0, logId, LOG_DATE, "BEAN", "", 0, 0, 1);
  }

  /** The run ids in the executor's spool directory, read the way a person would, from the files. */
  private static List<Long> spooledLogIds() {
    Path spool = executor.dataDir.resolve("executor/spool");
    if (!Files.isDirectory(spool)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(spool)) {
      return files.filter(file -> file.toString().endsWith(".json"))
          .flatMap(file -> read(file).stream())
          .map(CallbackResult::logId)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<CallbackResult> read(Path file) {
    try {
      return JSON.readValue(file.toFile(), new TypeReference<List<CallbackResult>>() {});
    } catch (IOException e) {
      return List.of();
    }
  }

  private static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
  }
}
