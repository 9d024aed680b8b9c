package io.tempora.admin.run.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunTest {

  private static final Instant DUE = Instant.parse("2026-11-24T10:00:00Z");

  private static Run aScheduledRun() {
    return Run.scheduled(7, TriggerType.CRON, DUE, "p", "node-a", DUE.plusSeconds(30), DUE.minusSeconds(5));
  }

  @Test
  void aDispatchedRunSucceedsOnResultCode200() {
    Run run = aScheduledRun();
    run.dispatched("http://e1:9999/", DUE.plusMillis(3));
    assertThat(run.complete(200, null, DUE.plusSeconds(1))).isTrue();
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.lateness().toMillis()).isEqualTo(3);
    assertThat(run.duration().toMillis()).isEqualTo(997);
  }

  @Test
  void resultCode502MeansTimedOutAndOtherCodesMeanFailed() {
    Run timedOut = aScheduledRun();
    timedOut.dispatched("a", DUE);
    timedOut.complete(502, "timeout", DUE);
    Run failed = aScheduledRun();
    failed.dispatched("a", DUE);
    failed.complete(500, "boom", DUE);
    assertThat(timedOut.status()).isEqualTo(RunStatus.TIMED_OUT);
    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.message()).isEqualTo("boom");
  }

  @Test
  void aRepeatedCallbackDoesNotChangeAFinishedRun() {
    Run run = aScheduledRun();
    run.dispatched("a", DUE);
    run.complete(200, "first", DUE.plusSeconds(1));
    assertThat(run.complete(500, "second", DUE.plusSeconds(2))).isFalse();
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.message()).isEqualTo("first");
  }

  @Test
  void aResultThatOvertakesItsDispatchRecordIsKeptWhenTheDispatchArrives() {
    Run run = aScheduledRun();
    run.complete(200, null, DUE.plusMillis(5));
    run.dispatched("http://e1:9999/", DUE);
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.executorAddress()).isEqualTo("http://e1:9999/");
  }

  @Test
  void aFailedDispatchEndsTheRunWithTheReason() {
    Run run = aScheduledRun();
    run.dispatchFailed(null, "no executor available", DUE);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.finishedAt()).isEqualTo(DUE);
  }

  @Test
  void onlyScheduledRunsCanBeReclaimed() {
    Run run = aScheduledRun();
    run.dispatched("a", DUE);
    assertThatThrownBy(() -> run.reclaim("node-b", DUE)).isInstanceOf(IllegalRunTransition.class);
  }

  @Test
  void finalStatesAllowNoFurtherMove() {
    for (RunStatus status : RunStatus.values()) {
      if (status.isFinal()) {
        for (RunStatus next : RunStatus.values()) {
          assertThat(status.mayMoveTo(next)).as(status + " -> " + next).isFalse();
        }
      }
    }
    assertThat(RunStatus.DISPATCHED.mayMoveTo(RunStatus.SCHEDULED)).isFalse();
  }

  @Test
  void aRetryIsTheNextAttemptOfTheSameFireLinkedToTheFailedRun() {
    Run failed = aScheduledRun();
    failed.dispatched("a", DUE);
    failed.complete(500, "boom", DUE.plusSeconds(1));
    Run retry = failed.retry(DUE.plusSeconds(2), "node-b", DUE.plusSeconds(32), DUE.plusSeconds(1));
    assertThat(retry.attempt()).isEqualTo(2);
    assertThat(retry.triggerType()).isEqualTo(TriggerType.RETRY);
    assertThat(retry.status()).isEqualTo(RunStatus.SCHEDULED);
    assertThat(retry.params()).isEqualTo("p");
  }

  @Test
  void onlyFailedOrTimedOutRunsAreRetried() {
    Run succeeded = aScheduledRun();
    succeeded.complete(200, null, DUE);
    Run running = aScheduledRun();
    running.dispatched("a", DUE);
    assertThat(succeeded.isRetryable()).isFalse();
    assertThat(running.isRetryable()).isFalse();
    assertThatThrownBy(() -> succeeded.retry(DUE, "n", DUE, DUE)).isInstanceOf(IllegalRunTransition.class);
  }

  @Test
  void longMessagesAreTruncatedToTheColumn() {
    Run run = aScheduledRun();
    run.dispatchFailed(null, "x".repeat(5000), DUE);
    assertThat(run.message()).hasSize(Run.MESSAGE_LIMIT);
  }
}
