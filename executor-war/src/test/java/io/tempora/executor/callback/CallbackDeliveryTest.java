package io.tempora.executor.callback;

import static io.tempora.executor.callback.CallbackOutboxTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tempora.protocol.CallbackResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallbackDeliveryTest {

  @TempDir Path dir;

  private final List<List<CallbackResult>> sent = new ArrayList<>();
  private boolean accepting;
  private CallbackOutbox outbox;
  private CallbackDelivery delivery;

  @BeforeEach
  void open() {
    outbox = new CallbackOutbox(new CallbackSpool(dir, new ObjectMapper()));
    delivery = new CallbackDelivery(outbox, Backoff.standard(), batch -> accepting && sent.add(batch));
  }

  @Test
  void keepsARefusedBatchOnDiskAndRetriesWithADoublingPauseUpToThirtySeconds() throws Exception {
    outbox.add(result(1));
    outbox.spoolArrived();
    List<Duration> pauses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      pauses.add(delivery.attempt(Duration.ZERO));
    }
    assertThat(pauses).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    assertThat(spoolFileCount()).isEqualTo(1);

    accepting = true;
    assertThat(delivery.attempt(Duration.ZERO)).isZero();
    assertThat(sent).containsExactly(List.of(result(1)));
    assertThat(spoolFileCount()).isZero();
  }

  @Test
  void sendsEverythingPendingAfterAnOutageInBatchesNotOneByOne() throws Exception {
    LongStream.rangeClosed(1, CallbackOutbox.MAX_BATCH + 70).forEach(id -> {
      outbox.add(result(id));
      if (id % 100 == 0) {
        outbox.spoolArrived();
      }
    });
    outbox.spoolArrived();
    delivery.attempt(Duration.ZERO);

    accepting = true;
    while (outbox.pending() > 0) {
      delivery.attempt(Duration.ZERO);
    }

    assertThat(sent).extracting(List::size).containsExactly(CallbackOutbox.MAX_BATCH, 70);
  }

  @Test
  void startsThePauseOverAfterASuccess() throws Exception {
    outbox.add(result(1));
    outbox.spoolArrived();
    delivery.attempt(Duration.ZERO);
    delivery.attempt(Duration.ZERO);
    accepting = true;
    delivery.attempt(Duration.ZERO);
    accepting = false;
    outbox.add(result(2));
    outbox.spoolArrived();
    assertThat(delivery.attempt(Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void anEmptySpoolSendsNothing() throws Exception {
    accepting = true;
    assertThat(delivery.attempt(Duration.ofMillis(10))).isZero();
    assertThat(sent).isEmpty();
  }

  private long spoolFileCount() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
