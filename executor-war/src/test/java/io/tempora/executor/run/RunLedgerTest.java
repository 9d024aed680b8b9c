package io.tempora.executor.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunLedgerTest {

  private final RunLedger ledger = new RunLedger(2);

  @Test
  void refusesAnIdThatIsStillActive() {
    assertThat(ledger.claim(1)).isTrue();
    assertThat(ledger.claim(1)).isFalse();
  }

  @Test
  void refusesAnIdThatFinishedRecently() {
    ledger.claim(1);
    ledger.ended(1);
    assertThat(ledger.claim(1)).isFalse();
  }

  @Test
  void acceptsAnIdAgainOnceItsClaimWasReleased() {
    ledger.claim(1);
    ledger.release(1);
    assertThat(ledger.claim(1)).isTrue();
  }

  @Test
  void forgetsTheOldestFinishedIdsBeyondItsCapacity() {
    for (long id = 1; id <= 3; id++) {
      ledger.claim(id);
      ledger.ended(id);
    }
    assertThat(ledger.claim(1)).isTrue();
    assertThat(ledger.claim(2)).isFalse();
    assertThat(ledger.claim(3)).isFalse();
  }

  @Test
  void neverForgetsAnActiveIdHoweverManyFinish() {
    ledger.claim(100);
    for (long id = 1; id <= 5; id++) {
      ledger.claim(id);
      ledger.ended(id);
    }
    assertThat(ledger.claim(100)).isFalse();
  }
}
