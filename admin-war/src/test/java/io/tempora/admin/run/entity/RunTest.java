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
    run.dispatched("http://e1:9999/", DUE.plusMillis(3), null);
    assertThat(run.complete(200, null, DUE.plusSeconds(1))).isTrue();
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.lateness().toMillis()).isEqualTo(3);
    assertThat(run.duration().toMillis()).isEqualTo(997);
  }

  @Test
  void resultCode502MeansTimedOutAndOtherCodesMeanFailed() {
    Run timedOut = aScheduledRun();
    timedOut.dispatched("a", DUE, null);
    timedOut.complete(502, "timeout", DUE);
    Run failed = aScheduledRun();
    failed.dispatched("a", DUE, null);
    failed.complete(500, "boom", DUE);
    assertThat(timedOut.status()).isEqualTo(RunStatus.TIMED_OUT);
    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.message()).isEqualTo("boom");
  }

  @Test
  void aRunAskedToBeKilledEndsKilledSayingWhoUnlessItSucceededFirst() {
    Run killed = aScheduledRun();
    killed.dispatched("http://e1/", DUE, null);
    Run finishedFirst = aScheduledRun();
    finishedFirst.dispatched("http://e1/", DUE, null);

    assertThat(killed.killRequested("token 'ops'")).isTrue();
    assertThat(finishedFirst.killRequested("token 'ops'")).isTrue();
    killed.complete(500, "killed by the scheduling centre", DUE.plusSeconds(2));
    finishedFirst.complete(200, "done", DUE.plusSeconds(2));

    assertThat(killed.status()).isEqualTo(RunStatus.KILLED);
    assertThat(killed.killedBy()).isEqualTo("token 'ops'");
    assertThat(killed.message()).isEqualTo("killed by token 'ops': killed by the scheduling centre");
    assertThat(killed.isRetryable()).isFalse();
    assertThat(finishedFirst.status()).isEqualTo(RunStatus.SUCCEEDED);
  }

  @Test
  void onlyARunOutThereCanBeAskedToBeKilled() {
    Run scheduled = aScheduledRun();
    Run ended = aScheduledRun();
    ended.complete(200, "ok", DUE);

    assertThat(scheduled.killRequested("token 'ops'")).isFalse();
    assertThat(ended.killRequested("token 'ops'")).isFalse();
    assertThat(scheduled.killedBy()).isNull();
  }

  @Test
  void aRepeatedCallbackDoesNotChangeAFinishedRun() {
    Run run = aScheduledRun();
    run.dispatched("a", DUE, null);
    run.complete(200, "first", DUE.plusSeconds(1));
    assertThat(run.complete(500, "second", DUE.plusSeconds(2))).isFalse();
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.message()).isEqualTo("first");
  }

  @Test
  void aResultThatOvertakesItsDispatchRecordIsKeptWhenTheDispatchArrives() {
    Run run = aScheduledRun();
    run.complete(200, null, DUE.plusMillis(5));
    run.dispatched("http://e1:9999/", DUE, null);
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
    run.dispatched("a", DUE, null);
    assertThatThrownBy(() -> run.takeOver("node-b", DUE)).isInstanceOf(IllegalRunTransition.class);
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
    failed.dispatched("a", DUE, null);
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
    running.dispatched("a", DUE, null);
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

  @Test
  void aRunOutThereIsLostWithTheReasonAndMayBeRetried() {
    Run run = aScheduledRun();
    run.dispatched("a", DUE, null);
    run.running();
    assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
    assertThat(run.lost("lost: executor a stopped beating", DUE.plusSeconds(60))).isTrue();
    assertThat(run.status()).isEqualTo(RunStatus.LOST);
    assertThat(run.message()).isEqualTo("lost: executor a stopped beating");
    assertThat(run.isRetryable()).isTrue();
    assertThat(run.complete(200, "late result", DUE.plusSeconds(61))).as("a lost run stays lost").isFalse();
  }

  @Test
  void aRunNotYetSentCannotBeLostButCanBeCancelled() {
    Run run = aScheduledRun();
    assertThat(run.lost("x", DUE)).isFalse();
    assertThat(run.cancel("job 7 was disabled before the run was sent", DUE)).isTrue();
    assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(run.status().isFinal()).isTrue();
    run.dispatched("a", DUE, null);
    assertThat(run.status()).as("an outcome arriving after the cancel changes nothing").isEqualTo(RunStatus.CANCELLED);
  }

  @Test
  void aSentRunCannotBeCancelled() {
    Run run = aScheduledRun();
    run.dispatched("a", DUE, null);
    assertThat(run.cancel("x", DUE)).isFalse();
    assertThat(run.status()).isEqualTo(RunStatus.DISPATCHED);
  }

  @Test
  void theDurationComesFromTheExecutorsOwnStartAndFinish() {
    Run run = aScheduledRun();
    run.dispatched("a", DUE, null);
    run.complete(200, null, DUE.plusMillis(400), DUE.plusMillis(450));
    assertThat(run.duration().toMillis()).isEqualTo(50);
    assertThat(run.startedAt()).isEqualTo(DUE.plusMillis(400));
  }

  @Test
  void aDispatchNoteIsKeptUntilTheResultReplacesIt() {
    Run run = aScheduledRun();
    run.dispatched("a", DUE.plusSeconds(7), "fired 7000 ms after its due time");
    assertThat(run.message()).isEqualTo("fired 7000 ms after its due time");
    run.complete(200, "ok", DUE.plusSeconds(8));
    assertThat(run.message()).isEqualTo("ok");
  }

  @Test
  void scheduleFiresCarryTheirDueTimeAsTheUniqueFireKeyOthersDoNot() {
    assertThat(aScheduledRun()).extracting("fireDue").isEqualTo(DUE);
    Run manual = Run.scheduled(7, TriggerType.MANUAL, DUE, "p", "n", DUE, DUE);
    assertThat(manual).extracting("fireDue").isNull();
    assertThat(Run.missed(7, DUE, "gap", "n", DUE)).extracting("fireDue").isNull();
  }

  @Test
  void takeOverMovesAnUnsentRunToTheNewNode() {
    Run run = aScheduledRun();
    run.takeOver("node-b", DUE.plusSeconds(30));
    assertThat(run.adminNode()).isEqualTo("node-b");
  }
}
