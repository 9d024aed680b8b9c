package io.tempora.executor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.ExecutorFeatures;
import io.tempora.protocol.JobRequest;
import io.tempora.protocol.LogPage;
import io.tempora.protocol.RegistryRequest;
import io.tempora.protocol.Reply;
import io.tempora.protocol.RunState;
import io.tempora.protocol.RunState.State;
import io.tempora.protocol.RunStatusRequest;
import io.tempora.protocol.TriggerBatch;
import io.tempora.protocol.TriggerOutcome;
import io.tempora.protocol.TriggerRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * The packaged executor in a real Payara Micro, driven over HTTP like an XXL-JOB 3.4 admin, and like a
 * Tempora admin through the extras the executor announces (batch trigger, run status). It beats every
 * {@link #BEAT_INTERVAL}, long enough that a beat seen sooner after an admin outage is a retry.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExecutorIT {

  private static final String TOKEN = "it-token-" + System.nanoTime();
  private static final AtomicLong NEXT_ID = new AtomicLong(1000);
  private static final long LOG_DATE = System.currentTimeMillis();
  private static final Duration BEAT_INTERVAL = Duration.ofSeconds(20);
  private static final int MAX_ACTIVE_RUNS = 1000;

  private static FakeAdmin admin;
  private static PayaraExecutor executor;
  private static ExecutorClient client;

  @RegisterExtension
  static final TestWatcher SERVER_LOG_ON_FAILURE = ItServers.logOnFailure(() -> executor);

  @BeforeAll
  static void startExecutor() throws Exception {
    admin = new FakeAdmin(TOKEN);
    executor = PayaraExecutor.start(ItServers.newWorkDir("executor-"), admin.url(), TOKEN,
        "tempora.executor.beat-interval=" + BEAT_INTERVAL, "tempora.executor.max-active-runs=" + MAX_ACTIVE_RUNS);
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
    assertThat(registration.features()).isEqualTo(new ExecutorFeatures("tempora/runs", "tempora/runStatus"));
    assertThat(admin.wrongTokens).hasValue(0);
  }

  private boolean isThisExecutor(RegistryRequest request) {
    return "tempora-it".equals(request.registryKey()) && (executor.url() + "/").equals(request.registryValue());
  }

  @Test
  void runsEchoThenCallsBackSuccessAndServesItsWholeLog() throws Exception {
    long logId = NEXT_ID.incrementAndGet();
    assertThat(run(trigger(11, "echo", "hello-it", "SERIAL_EXECUTION", 0, logId)).code()).isEqualTo(200);

    long sent = System.currentTimeMillis();
    CallbackResult result = awaitCallback(logId);
    assertThat(result).extracting(CallbackResult::logId, CallbackResult::logDateTim, CallbackResult::handleCode,
        CallbackResult::handleMsg).containsExactly(logId, LOG_DATE, 200, "hello-it");
    assertThat(result.startedAt()).isBetween(sent - 5_000, System.currentTimeMillis());
    assertThat(result.finishedAt()).isBetween(result.startedAt(), System.currentTimeMillis());

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
    assertThat(admin.onlyCallbackFor(running).startedAt()).as("started").isNotNull();
    assertThat(admin.onlyCallbackFor(queued1).startedAt()).as("never started").isNull();
    assertThat(admin.onlyCallbackFor(queued1).finishedAt()).isNotNull();
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
  void batchTriggerTakesOrRefusesEachRunOnItsOwnAnsweringInRequestOrder() throws Exception {
    long busyJob = 22;
    long running = NEXT_ID.incrementAndGet();
    run(trigger(busyJob, "sleep", "60000", "SERIAL_EXECUTION", 0, running));
    awaitRunning(running);
    long first = NEXT_ID.incrementAndGet();
    long unknownHandler = NEXT_ID.incrementAndGet();
    long discarded = NEXT_ID.incrementAndGet();
    long last = NEXT_ID.incrementAndGet();
    TriggerBatch batch = new TriggerBatch(List.of(
        trigger(23, "echo", "first", "SERIAL_EXECUTION", 0, first),
        trigger(23, "echo", "first again", "SERIAL_EXECUTION", 0, first),
        trigger(24, "no-such-handler", "", "SERIAL_EXECUTION", 0, unknownHandler),
        trigger(busyJob, "sleep", "10", "DISCARD_LATER", 0, discarded),
        trigger(busyJob, "sleep", "10", "SERIAL_EXECUTION", 0, running),
        trigger(25, "echo", "last", "SERIAL_EXECUTION", 0, last)));

    Reply<List<TriggerOutcome>> reply = client.post("tempora/runs", batch, new TypeReference<>() {});

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.data()).containsExactly(
        new TriggerOutcome(first, 200, null),
        new TriggerOutcome(first, 500, "repeat trigger job, logId:" + first),
        new TriggerOutcome(unknownHandler, 500, "job handler [no-such-handler] not found."),
        new TriggerOutcome(discarded, 500, "block strategy effect：Discard Later"),
        new TriggerOutcome(running, 500, "repeat trigger job, logId:" + running),
        new TriggerOutcome(last, 200, null));
    assertThat(awaitCallback(first).handleMsg()).isEqualTo("first");
    assertThat(awaitCallback(last).handleMsg()).isEqualTo("last");
    client.post("kill", new JobRequest(busyJob));
    awaitCallback(running);
    eventually().during(Duration.ofSeconds(1))
        .until(() -> admin.callbacksFor(unknownHandler).isEmpty() && admin.callbacksFor(discarded).isEmpty());
  }

  @Test
  void batchTriggerAnswersInTheProtocolsShapeAndRefusesABodyItCannotRead() throws Exception {
    long logId = NEXT_ID.incrementAndGet();
    String body = "{\"runs\":[{\"jobId\":26,\"executorHandler\":\"echo\",\"executorParams\":\"raw\","
        + "\"executorBlockStrategy\":\"SERIAL_EXECUTION\",\"logId\":" + logId + ",\"logDateTime\":" + LOG_DATE
        + ",\"glueType\":\"BEAN\"},{\"jobId\":26,\"executorHandler\":\"echo\",\"logId\":" + logId + "}]}";

    assertThat(client.send("tempora/runs", body, TOKEN).body()).isEqualTo("{\"code\":200,\"msg\":\"Success\",\"data\":["
        + "{\"logId\":" + logId + ",\"code\":200},"
        + "{\"logId\":" + logId + ",\"code\":500,\"msg\":\"repeat trigger job, logId:" + logId + "\"}]}");
    assertThat(awaitCallback(logId).handleMsg()).isEqualTo("raw");

    assertThat(client.send("tempora/runs", "{\"runs\":[{\"jobId\":", TOKEN).body())
        .startsWith("{\"code\":500,\"msg\":\"invalid request body");
    assertThat(client.send("tempora/runs", "{}", TOKEN).body()).startsWith("{\"code\":500,");
    assertThat(client.send("tempora/runs", body, "wrong").body())
        .isEqualTo("{\"code\":500,\"msg\":\"The access token is wrong.\"}");
  }

  @Test
  void runStatusSaysQueuedRunningEndedOrUnknownForEachRun() throws Exception {
    long job = 27;
    long running = NEXT_ID.incrementAndGet();
    long queued = NEXT_ID.incrementAndGet();
    long ended = NEXT_ID.incrementAndGet();
    long neverSeen = NEXT_ID.incrementAndGet();
    run(trigger(job, "sleep", "60000", "SERIAL_EXECUTION", 0, running));
    run(trigger(job, "sleep", "60000", "SERIAL_EXECUTION", 0, queued));
    run(trigger(28, "echo", "done", "SERIAL_EXECUTION", 0, ended));
    awaitRunning(running);
    awaitCallback(ended);

    assertThat(states(running, queued, ended, neverSeen)).containsExactly(
        new RunState(running, State.RUNNING),
        new RunState(queued, State.QUEUED),
        new RunState(ended, State.ENDED),
        new RunState(neverSeen, State.UNKNOWN));

    client.post("kill", new JobRequest(job));
    awaitCallback(running);
    awaitCallback(queued);
    assertThat(states(running, queued)).extracting(RunState::state).containsExactly(State.ENDED, State.ENDED);
    assertThat(client.send("tempora/runStatus", "{\"logIds\":\"x\"}", TOKEN).body()).startsWith("{\"code\":500,");
  }

  /**
   * 200 jobs whose handler sleeps 30 s take far more threads than the pool's 8 runners; the quick runs
   * of 200 other jobs sent right after them must not wait for those sleeps.
   */
  @Test
  void quickJobsKeepTheirLatencyWhileManyJobsSleepInTheirHandler() throws Exception {
    List<TriggerRequest> sleepers = LongStream.range(0, 200)
        .mapToObj(i -> trigger(3000 + i, "sleep", "30000", "SERIAL_EXECUTION", 0, NEXT_ID.incrementAndGet())).toList();
    List<TriggerRequest> quick = LongStream.range(0, 200)
        .mapToObj(i -> trigger(4000 + i, "echo", "quick", "SERIAL_EXECUTION", 0, NEXT_ID.incrementAndGet())).toList();
    assertThat(client.post("tempora/runs", new TriggerBatch(sleepers)).code()).isEqualTo(200);
    long quickSent = System.currentTimeMillis();
    assertThat(client.post("tempora/runs", new TriggerBatch(quick)).code()).isEqualTo(200);
    try {
      eventually().until(() -> quick.stream().allMatch(run -> !admin.callbacksFor(run.logId()).isEmpty()));
      List<Long> tookMillis = quick.stream()
          .map(run -> admin.onlyCallbackFor(run.logId()).finishedAt() - quickSent).sorted().toList();
      assertThat(tookMillis.get(tookMillis.size() - 1)).as("slowest quick run, ms after it was sent").isLessThan(10_000);
      assertThat(sleepers).allSatisfy(run -> assertThat(admin.callbacksFor(run.logId())).isEmpty());
    } finally {
      for (TriggerRequest sleeper : sleepers) {
        client.post("kill", new JobRequest(sleeper.jobId()));
      }
    }
    eventually().until(() -> sleepers.stream().allMatch(run -> !admin.callbacksFor(run.logId()).isEmpty()));
  }

  @Test
  void refusesRunsBeyondItsActiveRunLimitAsOverloadAndTakesThemAgainOnceRunsEnd() throws Exception {
    int jobs = 20;
    List<TriggerRequest> flood = LongStream.range(0, MAX_ACTIVE_RUNS + 100)
        .mapToObj(i -> trigger(5000 + i % jobs, "sleep", "30000", "SERIAL_EXECUTION", 0, NEXT_ID.incrementAndGet()))
        .toList();
    try {
      Reply<List<TriggerOutcome>> reply = client.post("tempora/runs", new TriggerBatch(flood), new TypeReference<>() {});

      List<TriggerOutcome> refused = reply.data().stream().filter(outcome -> !outcome.accepted()).toList();
      assertThat(refused).hasSizeGreaterThanOrEqualTo(100)
          .allSatisfy(outcome -> assertThat(outcome.msg()).startsWith("executor overloaded: ")
              .contains("tempora.executor.max-active-runs = " + MAX_ACTIVE_RUNS));
      assertThat(refused.get(0).logId()).isGreaterThan(flood.get(MAX_ACTIVE_RUNS - 100).logId());
    } finally {
      for (long job = 5000; job < 5000 + jobs; job++) {
        client.post("kill", new JobRequest(job));
      }
    }
    long afterwards = NEXT_ID.incrementAndGet();
    eventually().until(() -> run(trigger(5100, "echo", "room again", "SERIAL_EXECUTION", 0, afterwards)).code() == 200);
    assertThat(awaitCallback(afterwards).handleMsg()).isEqualTo("room again");
  }

  @Test
  void answersAnUnknownPathInTheProtocolsShapeNotWithAnErrorPage() throws Exception {
    HttpResponse<String> response = client.send("no/such/path", "{}", TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"code\":500,\"msg\":\"invalid request, /no/such/path");
  }

  /**
   * After a refused beat the admin is tried again within seconds (not a beat interval later); once it
   * answers it has the registration at once. Then an admin that refused a callback and accepts the next
   * one is beaten at once, long before its next regular beat is due.
   */
  @Test
  void beatsAgainWithinSecondsOnceTheAdminAnswersAgain() throws Exception {
    admin.refuseRegistrations(true);
    try {
      eventually().atMost(BEAT_INTERVAL.plusSeconds(15)).until(() -> admin.refusedRegistrationNanos.size() >= 2);
    } finally {
      admin.refuseRegistrations(false);
    }
    List<Long> refused = admin.refusedRegistrationNanos;
    assertThat(millisBetween(refused.get(0), refused.get(1))).as("retry after a refused beat").isLessThan(5_000);
    long back = System.nanoTime();
    eventually().until(() -> admin.registrationNanos.stream().anyMatch(at -> at > back));
    long reRegistered = admin.registrationNanos.stream().filter(at -> at > back).findFirst().orElseThrow();
    assertThat(millisBetween(back, reRegistered)).as("registered again after the admin came back").isLessThan(6_000);

    admin.refuseCallbacks(true);
    long logId = NEXT_ID.incrementAndGet();
    try {
      run(trigger(29, "echo", "while the admin is away", "SERIAL_EXECUTION", 0, logId));
      eventually().until(() -> admin.refusedCallbackAttempts.get() >= 1);
    } finally {
      admin.refuseCallbacks(false);
    }
    awaitCallback(logId);
    long callbackAccepted = admin.acceptedCallbackNanos.get(admin.acceptedCallbackNanos.size() - 1);
    eventually().until(() -> admin.registrationNanos.stream().anyMatch(at -> at > callbackAccepted));
    long beatAfterCallback = admin.registrationNanos.stream().filter(at -> at > callbackAccepted).findFirst().orElseThrow();
    assertThat(millisBetween(callbackAccepted, beatAfterCallback)).as("beat after the accepted callback").isLessThan(2_000);
    assertThat(millisBetween(reRegistered, beatAfterCallback)).as("long before the regular beat")
        .isLessThan(BEAT_INTERVAL.toMillis() - 5_000);
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

  private static List<RunState> states(Long... logIds) throws Exception {
    Reply<List<RunState>> reply = client.post("tempora/runStatus", new RunStatusRequest(List.of(logIds)), new TypeReference<>() {});
    assertThat(reply.code()).isEqualTo(200);
    return reply.data();
  }

  private static long millisBetween(long fromNanos, long toNanos) {
    return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
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
