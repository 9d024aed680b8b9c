package io.tempora.executor.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import io.tempora.protocol.TriggerRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many job lanes on one small shared pool: order per job, a bounded thread count, and blocking vs fast fairness. */
class RunnerPoolTest {

  private static final int RUNNERS = 4;
  private static final int EXTRA = 64;

  private final AtomicInteger threadsMade = new AtomicInteger();
  private final ThreadFactory counting = runnable -> {
    threadsMade.incrementAndGet();
    Thread thread = new Thread(runnable);
    thread.setDaemon(true);
    return thread;
  };
  private final ScheduledExecutorService watchdogs = Executors.newSingleThreadScheduledExecutor();
  private final RunnerPool pool = new RunnerPool(counting, RUNNERS, EXTRA, new HandlerPace(Duration.ofMillis(50)));
  private final Map<Long, Long> ended = new ConcurrentHashMap<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final JobLanes lanes;

  RunnerPoolTest() {
    pool.start(watchdogs);
    lanes = new JobLanes(new LaneTools(pool, watchdogs, 100, Duration.ofMinutes(1), Duration.ofMillis(300), Duration.ZERO,
        this::execute, run -> ended.put(run.logId(), System.nanoTime())));
  }

  @AfterEach
  void stop() {
    release.countDown();
    lanes.stopAll("test over");
    pool.stop();
    watchdogs.shutdownNow();
  }

  @Test
  void runsOfOneJobKeepTheirOrderAndNeverOverlapWhileTwoThousandJobsShareAFewThreads() {
    Map<Long, List<Long>> startedByJob = new ConcurrentHashMap<>();
    Map<Long, AtomicInteger> runningByJob = new ConcurrentHashMap<>();
    AtomicInteger overlaps = new AtomicInteger();
    PluginHandler recording = handler("recording", context -> {
      AtomicInteger running = runningByJob.computeIfAbsent(context.jobId(), job -> new AtomicInteger());
      if (running.incrementAndGet() > 1) {
        overlaps.incrementAndGet();
      }
      startedByJob.computeIfAbsent(context.jobId(), job -> new CopyOnWriteArrayList<>()).add(context.runId());
      running.decrementAndGet();
      return HandlerResult.success(null);
    });
    int jobs = 2000;
    int runsPerJob = 5;
    long logId = 0;
    for (int round = 0; round < runsPerJob; round++) {
      for (long job = 1; job <= jobs; job++) {
        assertThat(lanes.submit(run(job, ++logId), recording, BlockStrategy.SERIAL_EXECUTION)).isEmpty();
      }
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> ended.size() == jobs * runsPerJob);
    assertThat(overlaps).hasValue(0);
    assertThat(startedByJob).hasSize(jobs);
    startedByJob.values().forEach(started -> assertThat(started).hasSize(runsPerJob).isSorted());
    assertThat(threadsMade.get()).as("threads for %d jobs", jobs).isLessThanOrEqualTo(RUNNERS + EXTRA);
  }

  @Test
  void aThousandJobsBlockedInTheirHandlerDoNotDelayAThousandFastJobs() {
    PluginHandler sleeping = handler("sleep", context -> {
      release.await(30, TimeUnit.SECONDS);
      return HandlerResult.success("woke");
    });
    PluginHandler fast = handler("echo", context -> HandlerResult.success("quick"));
    Map<Long, Long> submittedFast = new ConcurrentHashMap<>();
    long logId = 0;
    for (long job = 1; job <= 1000; job++) {
      lanes.submit(run(job, ++logId), sleeping, BlockStrategy.SERIAL_EXECUTION);
      long fastRun = ++logId;
      submittedFast.put(fastRun, System.nanoTime());
      lanes.submit(run(100_000 + job, fastRun), fast, BlockStrategy.SERIAL_EXECUTION);
    }

    await().atMost(Duration.ofSeconds(20)).until(() -> submittedFast.keySet().stream().allMatch(ended::containsKey));
    List<Long> waitedMillis = new ArrayList<>();
    submittedFast.forEach((run, submitted) -> waitedMillis.add(TimeUnit.NANOSECONDS.toMillis(ended.get(run) - submitted)));
    Collections.sort(waitedMillis);
    long p99 = waitedMillis.get(waitedMillis.size() * 99 / 100);
    assertThat(p99).as("p99 submit -> end of the fast runs, ms").isLessThan(1_000);
    assertThat(ended.keySet().stream().filter(run -> !submittedFast.containsKey(run))).as("sleepers still asleep").isEmpty();
    assertThat(threadsMade.get()).isLessThanOrEqualTo(RUNNERS + EXTRA);
  }

  @Test
  void runnersStuckInAHandlerNotKnownToBlockGetStandInsAndOtherJobsGoOn() {
    PluginHandler stuck = handler("usually-fast", context -> {
      release.await(30, TimeUnit.SECONDS);
      return HandlerResult.success(null);
    });
    for (long job = 1; job <= RUNNERS; job++) {
      lanes.submit(run(job, job), stuck, BlockStrategy.SERIAL_EXECUTION);
    }
    await().until(() -> pool.extraThreadsInUse() == RUNNERS);

    lanes.submit(run(99, 99), handler("echo", context -> HandlerResult.success(null)), BlockStrategy.SERIAL_EXECUTION);

    await().atMost(Duration.ofSeconds(2)).until(() -> ended.containsKey(99L));
    assertThat(ended).containsOnlyKeys(99L);
    release.countDown();
    await().until(() -> ended.size() == RUNNERS + 1);
    await().until(() -> pool.extraThreadsInUse() == 0);
  }

  private Outcome execute(Run run, PluginHandler handler) {
    try {
      HandlerResult result = handler.handle(new HandlerRunContext(run, message -> {}));
      return result.succeeded() ? Outcome.succeeded(result.message()) : Outcome.failed(result.message());
    } catch (Exception e) {
      return Outcome.failed(e.toString());
    }
  }

  private static Run run(long jobId, long logId) {
    return new Run(new TriggerRequest(jobId, "any", "", "SERIAL_EXECUTION", 0, logId, 1000, "BEAN", "", 0, 0, 1),
        Clock.systemUTC());
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
