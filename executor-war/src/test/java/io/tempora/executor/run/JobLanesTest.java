package io.tempora.executor.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.TriggerRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobLanesTest {

  private static final long JOB = 7;
  private static final Duration GLUE_TIMEOUT = Duration.ofSeconds(1);
  /** A clock one millisecond later at every reading, so "before" and "after" differ. */
  private static final InstantSource TICKING = new InstantSource() {
    private final AtomicLong millis = new AtomicLong(1_000_000);

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.incrementAndGet());
    }
  };

  private final ScheduledExecutorService watchdogs = Executors.newSingleThreadScheduledExecutor();
  private final RunnerPool pool = new RunnerPool(Executors.defaultThreadFactory(), 4, 64, new HandlerPace(Duration.ofMillis(50)));
  private final Map<Long, CallbackResult> results = new ConcurrentHashMap<>();
  private final List<Long> started = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final JobLanes workers = workersIdleAfter(Duration.ofSeconds(30), 10);

  @BeforeEach
  void startPool() {
    pool.start(watchdogs);
  }

  @AfterEach
  void stop() {
    release.countDown();
    workers.stopAll("test over");
    pool.stop();
    watchdogs.shutdownNow();
  }

  @Test
  void serialRunsOneAfterAnotherInArrivalOrder() {
    PluginHandler quick = handler("quick", context -> HandlerResult.success("done " + context.runId()));
    for (long id = 1; id <= 5; id++) {
      assertThat(workers.submit(run(id, "SERIAL_EXECUTION", 0), quick, BlockStrategy.SERIAL_EXECUTION)).isEmpty();
    }
    await().until(() -> results.size() == 5);
    assertThat(started).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(results.get(3L)).extracting(CallbackResult::logId, CallbackResult::logDateTim,
        CallbackResult::handleCode, CallbackResult::handleMsg).containsExactly(3L, 1000L, 200, "done 3");
  }

  @Test
  void aResultCarriesWhenItsHandlerStartedAndWhenItEnded() {
    PluginHandler quick = handler("quick", context -> HandlerResult.success(null));
    workers.submit(run(1, "SERIAL_EXECUTION", 0), quick, BlockStrategy.SERIAL_EXECUTION);
    await().until(() -> results.containsKey(1L));

    CallbackResult result = results.get(1L);
    assertThat(result.startedAt()).isNotNull();
    assertThat(result.finishedAt()).isGreaterThan(result.startedAt());
  }

  @Test
  void aRunKilledBeforeItStartedHasNoStartTime() {
    PluginHandler blocking = blocking("block");
    workers.submit(run(1, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);
    workers.submit(run(2, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);
    await().until(() -> started.contains(1L));

    workers.kill(JOB, "killed");

    await().until(() -> results.size() == 2);
    assertThat(results.get(1L).startedAt()).isNotNull();
    assertThat(results.get(2L).startedAt()).isNull();
    assertThat(results.get(2L).finishedAt()).isNotNull();
  }

  @Test
  void discardLaterRefusesWhileTheLaneIsBusyAndLeavesTheRunningOneAlone() {
    PluginHandler blocking = blocking("block");
    workers.submit(run(1, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);
    await().until(() -> started.contains(1L));

    assertThat(workers.submit(run(2, "DISCARD_LATER", 0), blocking, BlockStrategy.DISCARD_LATER))
        .contains("block strategy effect：Discard Later");
    release.countDown();
    await().until(() -> results.containsKey(1L));
    assertThat(results.get(1L).handleCode()).isEqualTo(200);
    assertThat(results).doesNotContainKey(2L);
  }

  @Test
  void coverEarlyEndsTheRunningAndQueuedRunsThenRunsTheNewOne() {
    PluginHandler blocking = blocking("block");
    workers.submit(run(1, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);
    workers.submit(run(2, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);
    await().until(() -> started.contains(1L));

    PluginHandler sameNameQuick = handler("block", context -> HandlerResult.success("fresh"));
    assertThat(workers.submit(run(3, "COVER_EARLY", 0), sameNameQuick, BlockStrategy.COVER_EARLY)).isEmpty();

    await().until(() -> results.containsKey(3L));
    assertThat(results.get(1L)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(500, "block strategy effect：Cover Early");
    assertThat(results.get(2L).handleMsg()).isEqualTo("block strategy effect：Cover Early");
    assertThat(results.get(3L).handleCode()).isEqualTo(200);
    assertThat(started).doesNotContain(2L);
  }

  @Test
  void killInterruptsTheRunningHandlerAndFailsEveryQueuedRun() {
    PluginHandler blocking = blocking("block");
    workers.submit(run(1, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);
    workers.submit(run(2, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);
    workers.submit(run(3, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);
    await().until(() -> started.contains(1L));

    assertThat(workers.kill(JOB, "killed by the scheduling centre")).isTrue();

    await().until(() -> results.size() == 3);
    assertThat(results.values()).allSatisfy(result -> {
      assertThat(result.handleCode()).isEqualTo(500);
      assertThat(result.handleMsg()).isEqualTo("killed by the scheduling centre");
    });
    assertThat(workers.busy(JOB)).isFalse();
    assertThat(workers.kill(JOB, "again")).isFalse();
  }

  @Test
  void aRunPastItsTimeoutEndsWith502AndTheNextRunStillRuns() {
    PluginHandler blocking = blocking("block");
    workers.submit(run(1, "SERIAL_EXECUTION", 1), blocking, BlockStrategy.SERIAL_EXECUTION);
    workers.submit(run(2, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);

    await().atMost(Duration.ofSeconds(5)).until(() -> results.containsKey(1L));
    assertThat(results.get(1L)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(502, "timed out after 1s");
    await().until(() -> started.contains(2L));
    release.countDown();
    await().until(() -> results.containsKey(2L));
    assertThat(results.get(2L).handleCode()).isEqualTo(200);
  }

  @Test
  void aGlueRunWithoutTimeoutEndsAfterTheGlueDefaultWhileABeanRunMayGoOn() {
    PluginHandler blocking = blocking("block");
    workers.submit(glueRun(1), blocking, BlockStrategy.SERIAL_EXECUTION);
    workers.submit(run(2, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);

    await().atMost(Duration.ofSeconds(5)).until(() -> results.containsKey(1L));
    assertThat(results.get(1L)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(502, "timed out after 1s");
    await().until(() -> started.contains(2L));
    await().during(Duration.ofMillis(1_500)).until(() -> !results.containsKey(2L));
    release.countDown();
    await().until(() -> results.containsKey(2L));
    assertThat(results.get(2L).handleCode()).isEqualTo(200);
  }

  @Test
  void aHandlerThatIgnoresItsInterruptIsAbandonedAndTheJobsNextRunStillRuns() {
    CountDownLatch stubbornEnd = new CountDownLatch(1);
    PluginHandler stubbornOnce = handler("stubborn", context -> {
      while (context.runId() == 1 && stubbornEnd.getCount() > 0) {
        Thread.onSpinWait();
      }
      return HandlerResult.success(context.runId() == 2 ? "next" : "later");
    });
    workers.submit(run(1, "SERIAL_EXECUTION", 1), stubbornOnce, BlockStrategy.SERIAL_EXECUTION);
    workers.submit(run(2, "SERIAL_EXECUTION", 0), stubbornOnce, BlockStrategy.SERIAL_EXECUTION);

    try {
      await().atMost(Duration.ofSeconds(5)).until(() -> results.containsKey(1L) && results.containsKey(2L));
      assertThat(results.get(1L)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
          .containsExactly(502, "timed out after 1s; the handler did not stop within 0s of its interrupt and was abandoned");
      assertThat(results.get(2L)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
          .containsExactly(200, "next");
      assertThat(workers.submit(run(3, "SERIAL_EXECUTION", 0), stubbornOnce, BlockStrategy.SERIAL_EXECUTION)).isEmpty();
      await().until(() -> results.containsKey(3L));
      assertThat(results.get(3L).handleMsg()).isEqualTo("later");
    } finally {
      stubbornEnd.countDown();
    }
  }

  @Test
  void aKilledHandlerThatIgnoresItsInterruptIsAbandonedWithTheKillReason() {
    CountDownLatch stubbornEnd = new CountDownLatch(1);
    workers.submit(run(1, "SERIAL_EXECUTION", 0), handler("stubborn", context -> {
      while (stubbornEnd.getCount() > 0) {
        Thread.onSpinWait();
      }
      return HandlerResult.success("finally");
    }), BlockStrategy.SERIAL_EXECUTION);
    await().until(() -> started.contains(1L));

    try {
      workers.kill(JOB, "killed by the scheduling centre");
      await().atMost(Duration.ofSeconds(5)).until(() -> results.containsKey(1L));
      assertThat(results.get(1L).handleCode()).isEqualTo(500);
      assertThat(results.get(1L).handleMsg()).startsWith("killed by the scheduling centre; the handler did not stop");
      assertThat(workers.busy(JOB)).isFalse();
    } finally {
      stubbornEnd.countDown();
    }
  }

  @Test
  void aTriggerForAnotherHandlerReplacesTheLane() {
    workers.submit(run(1, "SERIAL_EXECUTION", 0), blocking("old"), BlockStrategy.SERIAL_EXECUTION);
    await().until(() -> started.contains(1L));

    workers.submit(run(2, "SERIAL_EXECUTION", 0), handler("new", c -> HandlerResult.success("new")),
        BlockStrategy.SERIAL_EXECUTION);

    await().until(() -> results.containsKey(1L) && results.containsKey(2L));
    assertThat(results.get(1L).handleMsg()).isEqualTo("job handler changed from [old] to [new]");
    assertThat(results.get(2L).handleCode()).isEqualTo(200);
  }

  @Test
  void anIdleLaneLeavesTheRegistry() {
    JobLanes quickToRetire = workersIdleAfter(Duration.ofMillis(100), 10);
    quickToRetire.submit(run(1, "SERIAL_EXECUTION", 0), handler("quick", c -> HandlerResult.success(null)),
        BlockStrategy.SERIAL_EXECUTION);
    await().until(() -> results.containsKey(1L));
    await().atMost(Duration.ofSeconds(5)).until(() -> quickToRetire.size() == 0);
  }

  @Test
  void aFullQueueRefusesTheRunWithItsSize() {
    JobLanes small = workersIdleAfter(Duration.ofSeconds(30), 1);
    PluginHandler blocking = blocking("block");
    small.submit(run(1, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);
    await().until(() -> started.contains(1L));
    small.submit(run(2, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION);

    assertThat(small.submit(run(3, "SERIAL_EXECUTION", 0), blocking, BlockStrategy.SERIAL_EXECUTION))
        .hasValueSatisfying(reason -> assertThat(reason).contains("full").contains("1 runs waiting"));
    small.stopAll("test over");
  }

  private JobLanes workersIdleAfter(Duration idle, int capacity) {
    return new JobLanes(new LaneTools(pool, watchdogs, capacity, idle, Duration.ofMillis(300), GLUE_TIMEOUT,
        this::execute, run -> results.put(run.logId(), run.result())));
  }

  private Outcome execute(Run run, PluginHandler handler) {
    started.add(run.logId());
    try {
      HandlerResult result = handler.handle(new HandlerRunContext(run, message -> {}));
      return result.succeeded() ? Outcome.succeeded(result.message()) : Outcome.failed(result.message());
    } catch (Exception e) {
      return Outcome.failed(e.toString());
    }
  }

  private PluginHandler blocking(String name) {
    return handler(name, context -> {
      release.await(1, TimeUnit.MINUTES);
      return HandlerResult.success("released");
    });
  }

  private static Run glueRun(long logId) {
    return new Run(new TriggerRequest(JOB, "", "", "SERIAL_EXECUTION", 0, logId, 1000, "GLUE_SHELL", "sleep 60", 1, 0, 1),
        TICKING);
  }

  private static Run run(long logId, String strategy, int timeoutSeconds) {
    return new Run(new TriggerRequest(JOB, "any", "", strategy, timeoutSeconds, logId, 1000, "BEAN", "", 0, 0, 1),
        TICKING);
  }

  private interface Body {
    HandlerResult handle(RunContext context) throws Exception;
  }

  private static PluginHandler handler(String name, Body body) {
    return new PluginHandler(new Handler() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public HandlerResult handle(RunContext context) throws Exception {
        return body.handle(context);
      }
    });
  }
}
