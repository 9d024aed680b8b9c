package io.tempora.admin.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.admin.run.control.RunOrder;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendOutcomesTest {

  private static final Instant DUE = Instant.parse("2026-12-02T10:00:00Z");
  private final SendOutcomes outcomes = new SendOutcomes(Duration.ofSeconds(5));

  @Test
  void aRunThatCouldNotBeDeliveredFails() {
    assertThat(outcomes.of(sending(DUE), "http://e/", 0, null, new ConnectException("refused")).kind())
        .isEqualTo(DispatchOutcome.Kind.FAILED);
    assertThat(outcomes.of(sending(DUE), "http://e/", 0, null, new HttpConnectTimeoutException("connect")).kind())
        .isEqualTo(DispatchOutcome.Kind.FAILED);
  }

  @Test
  void aRequestThatTimedOutAfterItWasSentIsUnconfirmedNotFailed() {
    DispatchOutcome outcome = outcomes.of(sending(DUE), "http://e/", 0, null, new HttpTimeoutException("request timed out"));
    assertThat(outcome.kind()).isEqualTo(DispatchOutcome.Kind.UNCONFIRMED);
    assertThat(outcome.reason()).contains("did not confirm");
  }

  @Test
  void anExecutorThatAlreadyHasTheRunHasIt() {
    assertThat(outcomes.of(sending(DUE), "http://e/", 500, "repeat trigger job, logId:7", null).kind())
        .isEqualTo(DispatchOutcome.Kind.ACCEPTED);
  }

  @Test
  void aRefusalFailsTheRunWithTheExecutorsWords() {
    DispatchOutcome outcome = outcomes.of(sending(DUE), "http://e/", 500, "job handler [x] not found.", null);
    assertThat(outcome.kind()).isEqualTo(DispatchOutcome.Kind.FAILED);
    assertThat(outcome.reason()).contains("job handler [x] not found.");
  }

  @Test
  void aRunFiredLaterThanTheMisfireThresholdSaysSo() {
    Sending late = new Sending(order(), null, DUE.plusSeconds(7));
    assertThat(outcomes.of(late, "http://e/", 200, null, null).reason()).isEqualTo("fired 7000 ms after its due time");
    assertThat(outcomes.of(sending(DUE.plusMillis(3)), "http://e/", 200, null, null).reason()).isNull();
  }

  private static Sending sending(Instant firedAt) {
    return new Sending(order(), null, firedAt);
  }

  private static RunOrder order() {
    return new RunOrder(7, 1, DUE, null, 0, 1, "echo", null, 0, null, null, null, null, null, null);
  }
}
