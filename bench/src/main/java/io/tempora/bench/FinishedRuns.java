package io.tempora.bench;

import io.tempora.client.ApiClient;
import io.tempora.client.ApiException;
import io.tempora.client.api.RunsApi;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunPage;
import io.tempora.client.model.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Reads the benchmark's runs back, page by page (newest first), until all are final. Paging the job's
 * run list costs N/500 calls per poll instead of N single reads.
 */
final class FinishedRuns {

  static final Set<RunStatus> FINAL =
      EnumSet.of(RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.TIMED_OUT, RunStatus.KILLED, RunStatus.LOST, RunStatus.MISSED, RunStatus.CANCELLED);
  private static final int PAGE_SIZE = 500;
  private static final Duration POLL = Duration.ofMillis(500);

  private final RunsApi runs;
  private final Long jobId;
  private final Set<Long> ids;
  private final long oldestId;

  FinishedRuns(ApiClient client, Long jobId, Set<Long> ids) {
    this.runs = new RunsApi(client);
    this.jobId = jobId;
    this.ids = ids;
    this.oldestId = Collections.min(ids);
  }

  /** The runs, all final, or whatever state they reached when {@code timeout} ran out. */
  Map<Long, Run> await(Duration timeout) throws ApiException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    Map<Long, Run> latest = read();
    long lastReported = -1;
    while (!allFinal(latest) && Instant.now().isBefore(deadline)) {
      long finals = latest.values().stream().filter(run -> FINAL.contains(run.getStatus())).count();
      if (finals / 500 != lastReported / 500) {
        System.out.printf("  %d of %d runs final%n", finals, ids.size());
        lastReported = finals;
      }
      TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
      latest = read();
    }
    return latest;
  }

  private boolean allFinal(Map<Long, Run> latest) {
    return latest.size() == ids.size() && latest.values().stream().allMatch(run -> FINAL.contains(run.getStatus()));
  }

  private Map<Long, Run> read() throws ApiException {
    Map<Long, Run> found = new HashMap<>();
    for (int page = 0; ; page++) {
      RunPage batch = runs.listRuns(jobId, null, null, null, null, null, page, PAGE_SIZE);
      for (Run run : batch.getItems()) {
        if (ids.contains(run.getId())) {
          found.put(run.getId(), run);
        }
      }
      boolean pastOurs = batch.getItems().stream().anyMatch(run -> run.getId() < oldestId);
      if (batch.getItems().isEmpty() || pastOurs || found.size() == ids.size()) {
        return found;
      }
    }
  }
}
