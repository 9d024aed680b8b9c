package io.tempora.executor.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.protocol.CallbackResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CallbackOutboxTest {

  private final CallbackOutbox outbox = new CallbackOutbox(Backoff.standard());
  private final List<List<CallbackResult>> sent = new ArrayList<>();

  @Test
  void sendsInBatchesOfAtMostFiftyInArrivalOrder() throws Exception {
    LongStream.rangeClosed(1, 120).forEach(id -> outbox.add(result(id)));

    for (int i = 0; i < 3; i++) {
      assertThat(outbox.attempt(Duration.ZERO, accept())).isZero();
    }

    assertThat(sent).extracting(List::size).containsExactly(50, 50, 20);
    assertThat(sent.get(1).get(0).logId()).isEqualTo(51);
    assertThat(outbox.pending()).isZero();
  }

  @Test
  void keepsARefusedBatchAndRetriesItWithADoublingPauseUpToThirtySeconds() throws Exception {
    outbox.add(result(1));
    List<Duration> pauses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      pauses.add(outbox.attempt(Duration.ZERO, refuse()));
    }
    assertThat(pauses).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    assertThat(outbox.pending()).isEqualTo(1);

    outbox.add(result(2));
    assertThat(outbox.attempt(Duration.ZERO, accept())).isZero();
    assertThat(sent).singleElement().isEqualTo(List.of(result(1)));
    assertThat(outbox.attempt(Duration.ZERO, accept())).isZero();
    assertThat(sent.get(1)).isEqualTo(List.of(result(2)));
  }

  @Test
  void startsThePauseOverAfterASuccess() throws Exception {
    outbox.add(result(1));
    outbox.attempt(Duration.ZERO, refuse());
    outbox.attempt(Duration.ZERO, refuse());
    outbox.attempt(Duration.ZERO, accept());
    outbox.add(result(2));
    assertThat(outbox.attempt(Duration.ZERO, refuse())).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void anEmptyOutboxSendsNothing() throws Exception {
    assertThat(outbox.attempt(Duration.ofMillis(10), accept())).isZero();
    assertThat(sent).isEmpty();
  }

  private java.util.function.Predicate<List<CallbackResult>> accept() {
    return batch -> sent.add(batch);
  }

  private static java.util.function.Predicate<List<CallbackResult>> refuse() {
    return batch -> false;
  }

  private static CallbackResult result(long id) {
    return new CallbackResult(id, 1000 + id, 200, null);
  }
}
