package io.tempora.bench.cron;

import io.tempora.bench.Bench;
import io.tempora.client.ApiClient;
import io.tempora.client.api.ExecutorGroupsApi;
import io.tempora.client.api.JobsApi;
import io.tempora.client.model.ExecutorGroup;
import io.tempora.client.model.JobRequest;
import io.tempora.client.model.ScheduleType;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N jobs with the cron {@code * M H D MON ?} (UTC): each fires every second of one named minute and
 * never again, so exactly 60 fires per job are owed. The jobs are created through the REST API before
 * the minute starts and deleted afterwards; the verdict is read from the admin's database.
 */
public final class CronBenchmark {

  private final ApiClient client;
  private final CronOptions options;
  private final PrintStream out;

  CronBenchmark(ApiClient client, CronOptions options, PrintStream out) {
    this.client = client;
    this.options = options;
    this.out = out;
  }

  public static int run(String... args) throws Exception {
    CronOptions options;
    try {
      options = CronOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(CronOptions.USAGE);
      return 2;
    }
    return new CronBenchmark(Bench.client(options.url(), options.token()), options, System.out).run();
  }

  int run() throws Exception {
    long groupId = liveGroup();
    Instant window = pickMinute();
    String cron = ZonedDateTime.ofInstant(window, ZoneOffset.UTC)
        .format(java.time.format.DateTimeFormatter.ofPattern("'* 'm' 'H' 'd' 'M' ?'"));
    out.printf("creating %d jobs with cron '%s' (UTC): every second of the minute from %s%n", options.jobs(), cron, window);
    List<Long> jobIds = createJobs(groupId, cron, window);
    try (Connection db = DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword())) {
      Map<String, Long> pids = ProcessCpu.pids(options.dataDir());
      waitUntil(window);
      Map<String, Double> cpuBefore = ProcessCpu.seconds(pids);
      Instant windowEnd = window.plusSeconds(60);
      waitUntil(windowEnd);
      Instant drained = new CronRuns(db, jobIds, window, windowEnd).awaitFinal(options.drain());
      Map<String, Double> cpuAfter = ProcessCpu.seconds(pids);
      CronReport report = new CronRuns(db, jobIds, window, windowEnd).report();
      report.print(out, options.jobs(), Duration.between(windowEnd, drained));
      out.print("CPU seconds during the window and the drain:");
      cpuAfter.forEach((name, seconds) -> out.printf(" %s %.1f", name, seconds - cpuBefore.getOrDefault(name, seconds)));
      out.printf(" (of %.0f s of wall clock on %d cores)%n", Duration.between(window, drained).toMillis() / 1000.0,
          Runtime.getRuntime().availableProcessors());
      return report.passed(options.jobs()) ? 0 : 1;
    } finally {
      deleteJobs(jobIds);
    }
  }

  private long liveGroup() throws Exception {
    for (ExecutorGroup group : new ExecutorGroupsApi(client).listExecutorGroups()) {
      if (group.getAppName().equals(options.app())) {
        if (group.getLiveAddresses() == null || group.getLiveAddresses().isEmpty()) {
          throw new IllegalStateException("executor group '" + options.app() + "' has no live executor");
        }
        return group.getId();
      }
    }
    throw new IllegalStateException("no executor group '" + options.app() + "': start the demo, or name it with --app");
  }

  /** The first whole minute that leaves time to create the jobs (about 100 a second, plus a margin). */
  private Instant pickMinute() {
    Instant ready = Instant.now().plusSeconds(20 + options.jobs() / 100);
    return ready.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
  }

  private List<Long> createJobs(long groupId, String cron, Instant window) throws Exception {
    JobsApi jobs = new JobsApi(client);
    List<Long> ids = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    parallel(() -> {
      for (int i; (i = next.getAndIncrement()) < options.jobs(); ) {
        ids.add(jobs.createJob(new JobRequest().groupId(groupId).name("bench-cron-" + window.getEpochSecond() + "-" + i)
            .scheduleType(ScheduleType.CRON).scheduleExpression(cron).timeZone("UTC").handler("echo").params("bench")).getId());
      }
      return null;
    });
    if (Instant.now().isAfter(window)) {
      throw new IllegalStateException("creating the jobs took past the start of the minute; try again");
    }
    return List.copyOf(ids);
  }

  private void deleteJobs(List<Long> ids) throws Exception {
    JobsApi jobs = new JobsApi(client);
    AtomicInteger next = new AtomicInteger();
    parallel(() -> {
      for (int i; (i = next.getAndIncrement()) < ids.size(); ) {
        jobs.deleteJob(ids.get(i));
      }
      return null;
    });
  }

  private void parallel(java.util.concurrent.Callable<Void> work) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(options.callers());
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int c = 0; c < options.callers(); c++) {
        done.add(callers.submit(work));
      }
      for (Future<Void> caller : done) {
        caller.get();
      }
    } finally {
      callers.shutdownNow();
    }
  }

  private static void waitUntil(Instant at) throws InterruptedException {
    long millis = Duration.between(Instant.now(), at).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

}
