package io.tempora.admin.run.control;

import io.tempora.admin.run.entity.Run;
import io.tempora.protocol.LogPage;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides when a run's log has ended, whatever its executor says: XXL-JOB executors answer {@code
 * isEnd=false} for ever, leaving the end to their admin. The log has ended once the run is final and a
 * read brings no new lines, after a short grace for lines written after the result (an XXL-JOB executor
 * appends its callback line once the admin has taken the result).
 */
final class LogEnd {

  static final Duration LATE_LINES = Duration.ofSeconds(2);

  private LogEnd() {}

  static LogPage judge(LogPage page, Run run, Instant now) {
    if (page.isEnd() || !run.status().isFinal() || page.toLineNum() >= page.fromLineNum()) {
      return page;
    }
    boolean settled = run.finishedAt() == null || !run.finishedAt().plus(LATE_LINES).isAfter(now);
    return settled ? new LogPage(page.fromLineNum(), page.toLineNum(), page.logContent(), true) : page;
  }
}
