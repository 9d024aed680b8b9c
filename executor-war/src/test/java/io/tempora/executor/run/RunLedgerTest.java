package io.tempora.executor.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.protocol.RunState.State;
import io.tempora.protocol.TriggerRequest;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class RunLedgerTest {

  private final RunLedger ledger = new RunLedger(2, 100);

  @Test
  void refusesAnIdThatIsStillActive() {
    assertThat(ledger.claim(run(1))).isTrue();
    assertThat(ledger.claim(run(1))).isFalse();
  }

  @Test
  void refusesAnIdThatFinishedRecently() {
    ledger.claim(run(1));
    ledger.ended(1);
    assertThat(ledger.claim(run(1))).isFalse();
  }

  @Test
  void acceptsAnIdAgainOnceItsClaimWasReleased() {
    ledger.claim(run(1));
    ledger.release(1);
    assertThat(ledger.claim(run(1))).isTrue();
  }

  @Test
  void forgetsTheOldestFinishedIdsBeyondItsCapacity() {
    for (long id = 1; id <= 3; id++) {
      ledger.claim(run(id));
      ledger.ended(id);
    }
    assertThat(ledger.claim(run(1))).isTrue();
    assertThat(ledger.claim(run(2))).isFalse();
    assertThat(ledger.claim(run(3))).isFalse();
  }

  @Test
  void neverForgetsAnActiveIdHoweverManyFinish() {
    ledger.claim(run(100));
    for (long id = 1; id <= 5; id++) {
      ledger.claim(run(id));
      ledger.ended(id);
    }
    assertThat(ledger.claim(run(100))).isFalse();
  }

  @Test
  void isOverloadedOnceMoreRunsAreActiveThanItsCapacityAndNotAfterOneEnds() {
    RunLedger small = new RunLedger(10, 2);
    small.claim(run(1));
    small.claim(run(2));
    assertThat(small.overloaded()).isFalse();

    small.claim(run(3));
    assertThat(small.overloaded()).isTrue();
    assertThat(small.claim(run(1))).as("a repeat is still told apart").isFalse();

    small.release(3);
    small.ended(1);
    assertThat(small.overloaded()).isFalse();
    assertThat(small.active()).isEqualTo(1);
  }

  @Test
  void tellsAQueuedFromARunningFromAnEndedRun() {
    Run queued = run(1);
    Run running = run(2);
    Run endedButNotYetLedgered = run(3);
    ledger.claim(queued);
    ledger.claim(running);
    ledger.claim(endedButNotYetLedgered);
    running.started();
    endedButNotYetLedgered.end(Outcome.succeeded(null));
    ledger.claim(run(4));
    ledger.ended(4);

    assertThat(ledger.state(1)).isEqualTo(State.QUEUED);
    assertThat(ledger.state(2)).isEqualTo(State.RUNNING);
    assertThat(ledger.state(3)).isEqualTo(State.ENDED);
    assertThat(ledger.state(4)).isEqualTo(State.ENDED);
  }

  @Test
  void aRunNeverTakenARefusedOneAndAForgottenOneAreUnknown() {
    ledger.claim(run(1));
    ledger.release(1);
    for (long id = 2; id <= 4; id++) {
      ledger.claim(run(id));
      ledger.ended(id);
    }

    assertThat(ledger.state(99)).isEqualTo(State.UNKNOWN);
    assertThat(ledger.state(1)).isEqualTo(State.UNKNOWN);
    assertThat(ledger.state(2)).isEqualTo(State.UNKNOWN);
    assertThat(ledger.state(4)).isEqualTo(State.ENDED);
  }

  private static Run run(long logId) {
    return new Run(new TriggerRequest(7, "h", "", null, 0, logId, 1000, "BEAN", null, 0, 0, 1), Clock.systemUTC());
  }
}
