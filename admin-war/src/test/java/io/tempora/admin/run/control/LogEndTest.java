package io.tempora.admin.run.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.TriggerType;
import io.tempora.protocol.LogPage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An XXL-JOB executor never says a log ended; the admin decides from the run and the page. */
class LogEndTest {

  private static final Instant DUE = Instant.parse("2026-12-02T10:00:00Z");
  private static final Instant FINISHED = DUE.plusSeconds(1);
  private static final LogPage NOTHING_NEW = new LogPage(5, 4, "", false);

  private static Run aRun(boolean finished) {
    Run run = Run.scheduled(7, TriggerType.MANUAL, DUE, "", "node-a", DUE.plusSeconds(30), DUE);
    run.dispatched("http://xxl:9999/", DUE, null);
    if (finished) {
      run.complete(200, null, FINISHED);
    }
    return run;
  }

  @Test
  void aFinishedRunsLogEndsWhenAReadAfterTheGraceBringsNoNewLines() {
    LogPage page = LogEnd.judge(NOTHING_NEW, aRun(true), FINISHED.plus(LogEnd.LATE_LINES));

    assertThat(page.isEnd()).isTrue();
    assertThat(page.toLineNum()).isEqualTo(4);
  }

  @Test
  void newLinesKeepTheLogOpenEvenAfterTheRunFinished() {
    LogPage lines = new LogPage(1, 4, "a\nb\nc\nd\n", false);

    assertThat(LogEnd.judge(lines, aRun(true), FINISHED.plusSeconds(60)).isEnd()).isFalse();
  }

  @Test
  void lateLinesHaveAGraceAfterTheResult() {
    assertThat(LogEnd.judge(NOTHING_NEW, aRun(true), FINISHED.plusMillis(500)).isEnd()).isFalse();
  }

  @Test
  void aRunningRunsLogDoesNotEnd() {
    assertThat(LogEnd.judge(NOTHING_NEW, aRun(false), FINISHED.plusSeconds(60)).isEnd()).isFalse();
  }

  @Test
  void anExecutorThatSaysTheLogEndedIsBelieved() {
    LogPage ended = new LogPage(1, 2, "a\nb\n", true);

    assertThat(LogEnd.judge(ended, aRun(false), FINISHED)).isSameAs(ended);
  }
}
