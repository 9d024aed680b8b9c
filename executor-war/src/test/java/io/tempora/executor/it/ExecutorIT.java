package io.tempora.executor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.JobRequest;
import io.tempora.protocol.LogPage;
import io.tempora.protocol.RegistryRequest;
import io.tempora.protocol.Reply;
import io.tempora.protocol.TriggerRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/** The packaged executor in a real Payara Micro, driven over HTTP like an XXL-JOB 3.4 admin. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExecutorIT {

  private static final String TOKEN = "it-token-" + System.nanoTime();
  private static final AtomicLong NEXT_ID = new AtomicLong(1000);
  private static final long LOG_DATE = System.currentTimeMillis();

  private static FakeAdmin admin;
  private static PayaraExecutor executor;
  private static ExecutorClient client;

  @RegisterExtension
  static final TestWatcher SERVER_LOG_ON_FAILURE = ItServers.logOnFailure(() -> executor);

  @BeforeAll
  static void startExecutor() throws Exception {
    admin = new FakeAdmin(TOKEN);
    executor = PayaraExecutor.start(ItServers.newWorkDir("executor-"), admin.url(), TOKEN);
    client = new ExecutorClient(executor.url(), TOKEN);
    executor.awaitReady(client);
  }

  @AfterAll
  static void stopExecutor() throws Exception {
    ItServers.closeAll(executor, admin);
  }

  @Test
  void refusesCallsWithoutTheRightTokenTheWayXxlJobDoes() throws Exception {
    for (String presented : new String[] {null, "wrong", TOKEN + "x"}) {
      HttpResponse<String> response = client.send("beat", "", presented);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"code\":500,\"msg\":\"The access token is wrong.\"}");
    }
    HttpResponse<String> run = client.send("run", "{\"jobId\":1,\"executorHandler\":\"echo\",\"logId\":1}", "wrong");
    assertThat(run.body()).contains("The access token is wrong.");
  }

  @Test
  void registersWithTheAdminUnderItsAppNameAndAddressPresentingTheToken() {
    RegistryRequest registration = eventually().until(
        () -> admin.registrations.stream().filter(this::isThisExecutor).findFirst(), java.util.Optional::isPresent).get();
    assertThat(registration.registryGroup()).isEqualTo(RegistryRequest.EXECUTOR_GROUP);
    assertThat(registration.handlers()).contains("echo", "sleep", "fail", "command");
    assertThat(admin.wrongTokens).hasValue(0);
  }

  private boolean isThisExecutor(RegistryRequest request) {
    return "tempora-it".equals(request.registryKey()) && (executor.url() + "/").equals(request.registryValue());
  }

  @Test
  void runsEchoThenCallsBackSuccessAndServesItsWholeLog() throws Exception {
    long logId = NEXT_ID.incrementAndGet();
    assertThat(run(trigger(11, "echo", "hello-it", "SERIAL_EXECUTION", 0, logId)).code()).isEqualTo(200);

    CallbackResult result = awaitCallback(logId);
    assertThat(result).isEqualTo(new CallbackResult(logId, LOG_DATE, 200, "hello-it"));

    LogPage page = client.log(logId, LOG_DATE, 1);
    assertThat(page.logContent()).contains("echo: hello-it").contains("handleCode: 200");
    assertThat(page.isEnd()).isTrue();
    assertThat(client.log(logId, LOG_DATE, page.toLineNum() + 1))
        .isEqualTo(new LogPage(page.toLineNum() + 1, page.toLineNum(), "", true));
  }

  @Test
  void acceptsTheXxlJob35TriggerPathAsAnAlias() throws Exception {
    long logId = NEXT_ID.incrementAndGet();
    Reply<Object> reply = client.post("trigger", trigger(12, "echo", "via trigger", "SERIAL_EXECUTION", 0, logId));
    assertThat(reply.code()).isEqualTo(200);
    assertThat(awaitCallback(logId).handleCode()).isEqualTo(200);
  }

  @Test
  void saysSoWhenARunHasNoLog() throws Exception {
    LogPage page = client.log(NEXT_ID.incrementAndGet(), LOG_DATE, 1);
    assertThat(page.logContent()).contains("log file not found");
    assertThat(page.isEnd()).isTrue();
  }

  @Test
  void refusesAnUnknownHandlerAndAGlueTypeItCannotRun() throws Exception {
    Reply<Object> unknown = run(trigger(13, "no-such-handler", "", "SERIAL_EXECUTION", 0, NEXT_ID.incrementAndGet()));
    assertThat(unknown).extracting(Reply::code, Reply::msg).containsExactly(500, "job handler [no-such-handler] not found.");

    TriggerRequest cobol = new TriggerRequest(13, "", "", "SERIAL_EXECUTION", 0, NEXT_ID.incrementAndGet(), LOG_DATE,
        "GLUE_COBOL", "DISPLAY 'HI'.", 0, 0, 1);
    assertThat(run(cobol)).extracting(Reply::code, Reply::msg).containsExactly(500, "glueType[GLUE_COBOL] is not valid.");
  }

  @Test
  void refusesARunIdItHasAlreadyTaken() throws Exception {
    long logId = NEXT_ID.incrementAndGet();
    assertThat(run(trigger(14, "echo", "once", "SERIAL_EXECUTION", 0, logId)).code()).isEqualTo(200);
    Reply<Object> again = run(trigger(14, "echo", "twice", "SERIAL_EXECUTION", 0, logId));
    assertThat(again).extracting(Reply::code, Reply::msg).containsExactly(500, "repeat trigger job, logId:" + logId);
    awaitCallback(logId);
    assertThat(run(trigger(14, "echo", "thrice", "SERIAL_EXECUTION", 0, logId)).code()).isEqualTo(500);
    eventually().during(Duration.ofSeconds(1)).until(() -> admin.callbacksFor(logId).size() == 1);
  }

  @Test
  void callsBackAFailingHandlerAsFailedWithItsReason() throws Exception {
    long logId = NEXT_ID.incrementAndGet();
    run(trigger(15, "fail", "disk full", "SERIAL_EXECUTION", 0, logId));
    assertThat(awaitCallback(logId)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(500, "disk full");
  }

  @Test
  void endsARunPastItsTimeoutWith502() throws Exception {
    long logId = NEXT_ID.incrementAndGet();
    run(trigger(16, "sleep", "60000", "SERIAL_EXECUTION", 1, logId));
    assertThat(awaitCallback(logId)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(502, "timed out after 1s");
  }

  @Test
  void killStopsTheRunningRunAndFailsEveryQueuedOne() throws Exception {
    long job = 17;
    long running = NEXT_ID.incrementAndGet();
    long queued1 = NEXT_ID.incrementAndGet();
    long queued2 = NEXT_ID.incrementAndGet();
    run(trigger(job, "sleep", "60000", "SERIAL_EXECUTION", 0, running));
    run(trigger(job, "sleep", "60000", "SERIAL_EXECUTION", 0, queued1));
    run(trigger(job, "sleep", "60000", "SERIAL_EXECUTION", 0, queued2));
    awaitRunning(running);

    assertThat(idleBeat(job)).extracting(Reply::code, Reply::msg)
        .containsExactly(500, "job thread is running or has trigger queue.");
    assertThat(client.post("kill", new JobRequest(job)).code()).isEqualTo(200);

    for (long logId : new long[] {running, queued1, queued2}) {
      assertThat(awaitCallback(logId)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
          .containsExactly(500, "killed by the scheduling centre");
    }
    assertThat(idleBeat(job).code()).isEqualTo(200);
    assertThat(client.log(running, LOG_DATE, 1).logContent()).contains("sleeping 60000 ms").contains("killed");
  }

  @Test
  void idleBeatSaysAJobWithoutWorkIsIdle() throws Exception {
    assertThat(idleBeat(18)).extracting(Reply::code, Reply::msg).containsExactly(200, "Success");
  }

  @Test
  void discardLaterRefusesATriggerWhileTheJobIsBusy() throws Exception {
    long job = 19;
    long running = NEXT_ID.incrementAndGet();
    run(trigger(job, "sleep", "60000", "SERIAL_EXECUTION", 0, running));
    awaitRunning(running);

    Reply<Object> later = run(trigger(job, "sleep", "10", "DISCARD_LATER", 0, NEXT_ID.incrementAndGet()));
    assertThat(later).extracting(Reply::code, Reply::msg).containsExactly(500, "block strategy effect：Discard Later");

    client.post("kill", new JobRequest(job));
    assertThat(awaitCallback(running).handleCode()).isEqualTo(500);
  }

  @Test
  void coverEarlyStopsTheRunningRunAndRunsTheNewOne() throws Exception {
    long job = 20;
    long early = NEXT_ID.incrementAndGet();
    long late = NEXT_ID.incrementAndGet();
    run(trigger(job, "sleep", "60000", "SERIAL_EXECUTION", 0, early));
    awaitRunning(early);

    assertThat(run(trigger(job, "sleep", "10", "COVER_EARLY", 0, late)).code()).isEqualTo(200);

    assertThat(awaitCallback(early)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(500, "block strategy effect：Cover Early");
    assertThat(awaitCallback(late).handleCode()).isEqualTo(200);
  }

  @Test
  void everyResultArrivesExactlyOnceAfterAnAdminOutage() throws Exception {
    admin.refuseCallbacks(true);
    List<Long> logIds = LongStream.range(0, 5).map(i -> NEXT_ID.incrementAndGet()).boxed().toList();
    try {
      for (long logId : logIds) {
        run(trigger(21, "echo", "during outage", "SERIAL_EXECUTION", 0, logId));
      }
      eventually().until(() -> admin.refusedCallbackAttempts.get() >= 2);
      assertThat(logIds).allSatisfy(logId -> assertThat(admin.callbacksFor(logId)).isEmpty());
    } finally {
      admin.refuseCallbacks(false);
    }
    eventually().atMost(Duration.ofSeconds(60))
        .until(() -> logIds.stream().allMatch(logId -> !admin.callbacksFor(logId).isEmpty()));
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
        .until(() -> logIds.stream().allMatch(logId -> admin.callbacksFor(logId).size() == 1));
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void deregistersFromTheAdminWhenStopped() throws Exception {
    executor.close();
    eventually().until(() -> admin.removals.stream().anyMatch(this::isThisExecutor));
  }

  private static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
  }

  private static CallbackResult awaitCallback(long logId) {
    eventually().until(() -> !admin.callbacksFor(logId).isEmpty());
    return admin.onlyCallbackFor(logId);
  }

  private static void awaitRunning(long logId) {
    eventually().ignoreExceptions().until(() -> client.log(logId, LOG_DATE, 1).logContent().contains("sleeping"));
  }

  private static Reply<Object> run(TriggerRequest trigger) throws Exception {
    return client.post("run", trigger);
  }

  private static Reply<Object> idleBeat(long jobId) throws Exception {
    return client.post("idleBeat", new JobRequest(jobId));
  }

  private static TriggerRequest trigger(long jobId, String handler, String params, String strategy, int timeout, long logId) {
    return new TriggerRequest(jobId, handler, params, strategy, timeout, logId, LOG_DATE, "BEAN", "", 0, 0, 1);
  }
}
