package io.tempora.bench;

import io.tempora.client.ApiClient;
import io.tempora.client.ApiException;
import io.tempora.client.api.JobsApi;
import io.tempora.client.model.Job;
import io.tempora.client.model.TriggerRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Fires N triggers from C concurrent callers, then waits for every run to be final. */
final class TriggerBenchmark {

  private final ApiClient client;
  private final BenchOptions options;

  TriggerBenchmark(ApiClient client, BenchOptions options) {
    this.client = client;
    this.options = options;
  }

  Outcome run() throws Exception {
    List<Job> jobs = new BenchJob(client).prepare(options.app(), options.jobs());
    System.out.printf("firing %d triggers round-robin over %d jobs (%s-*) with %d callers against %s%n",
        options.runs(), jobs.size(), BenchJob.JOB_NAME, options.concurrency(), options.url());
    Map<Long, Instant> triggeredAt = new ConcurrentHashMap<>();
    Instant start = Instant.now();
    fire(jobs, triggeredAt);
    Instant accepted = Instant.now();
    System.out.printf("%d triggers accepted in %d ms; waiting for the runs to finish%n",
        triggeredAt.size(), java.time.Duration.between(start, accepted).toMillis());
    var finished = new FinishedRuns(client, null, triggeredAt.keySet()).await(options.timeout());
    return new Outcome(options, start, accepted, triggeredAt, finished);
  }

  private void fire(List<Job> jobs, Map<Long, Instant> triggeredAt) throws Exception {
    JobsApi api = new JobsApi(client);
    AtomicInteger remaining = new AtomicInteger(options.runs());
    ExecutorService callers = Executors.newFixedThreadPool(options.concurrency());
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int i = 0; i < options.concurrency(); i++) {
        done.add(callers.submit(() -> {
          for (int n; (n = remaining.getAndDecrement()) > 0; ) {
            Instant sent = Instant.now();
            long runId = trigger(api, jobs.get(n % jobs.size()));
            triggeredAt.put(runId, sent);
          }
          return null;
        }));
      }
      for (Future<Void> caller : done) {
        caller.get();
      }
    } finally {
      callers.shutdownNow();
    }
  }

  private static long trigger(JobsApi jobs, Job job) throws ApiException {
    return jobs.triggerJob(job.getId(), null, new TriggerRequest().params("bench")).getRunId();
  }
}
