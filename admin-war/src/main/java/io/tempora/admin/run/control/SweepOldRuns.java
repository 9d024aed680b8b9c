package io.tempora.admin.run.control;

import io.tempora.admin.job.entity.Retention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;

/**
 * Deletes the runs that jobs no longer keep, in batches of about {@link DeleteOldRuns#BATCH} runs per
 * transaction and at most {@link #BATCHES_PER_JOB} batches per job and sweep, so a first sweep over a
 * long history neither holds locks long nor runs for ever; the next sweep continues.
 */
@ApplicationScoped
public class SweepOldRuns {

  static final int BATCHES_PER_JOB = 100;

  @Inject DeleteOldRuns delete;

  /** The number of runs deleted; 0 also when another node has this interval's sweep. */
  public int sweep(Duration every) {
    if (!delete.claim(every)) {
      return 0;
    }
    int deleted = 0;
    for (Map.Entry<Long, Retention> job : delete.jobsWithRetention().entrySet()) {
      DeleteOldRuns.Bounds bounds = delete.bounds(job.getKey(), job.getValue());
      long after = 0;
      for (int batch = 0; batch < BATCHES_PER_JOB; batch++) {
        DeleteOldRuns.Batch done = delete.deleteBatch(job.getKey(), bounds, after);
        deleted += done.deleted();
        if (done.examined() < DeleteOldRuns.BATCH) {
          break;
        }
        after = done.lastId();
      }
    }
    return deleted;
  }
}
