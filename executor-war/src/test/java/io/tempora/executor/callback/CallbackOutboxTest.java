package io.tempora.executor.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tempora.protocol.CallbackResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallbackOutboxTest {

  private static final int OUTAGE_RUNS = 100_000;

  @TempDir Path dir;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aResultIsHandedOutForSendingOnlyOnceItIsOnDisk() throws Exception {
    CallbackOutbox outbox = outbox();
    outbox.add(result(7));
    assertThat(outbox.next()).isEmpty();
    assertThat(outbox.holds(7)).isTrue();

    assertThat(outbox.spoolArrived()).isEqualTo(1);

    assertThat(outbox.next().orElseThrow().results()).containsExactly(result(7));
    assertThat(spoolFiles()).singleElement().satisfies(file -> {
      assertThat(file.getFileName().toString()).isEqualTo("0000000000000000001-run-7.json");
      assertThat(Files.readString(file)).contains("\"logId\":7").contains("\"logDateTim\":1007");
    });
  }

  @Test
  void handsOutResultsInTheOrderTheyEndedAndDeletesOnlyWhatWasDelivered() {
    CallbackOutbox outbox = outbox();
    LongStream.rangeClosed(1, 3).forEach(id -> outbox.add(result(id)));
    outbox.spoolArrived();

    CallbackOutbox.Batch batch = outbox.next().orElseThrow();
    assertThat(batch.results()).extracting(CallbackResult::logId).containsExactly(1L, 2L, 3L);
    outbox.add(result(4));
    outbox.spoolArrived();
    outbox.delivered(batch);

    assertThat(spoolFiles()).extracting(file -> file.getFileName().toString())
        .containsExactly("0000000000000000002-run-4.json");
    assertThat(outbox.next().orElseThrow().results()).containsExactly(result(4));
  }

  @Test
  void resultsArrivingTogetherShareOneFileAndBatchesHoldAtMostTheMaximum() {
    CallbackOutbox outbox = outbox();
    LongStream.rangeClosed(1, 3).forEach(id -> outbox.add(result(id)));
    outbox.spoolArrived();
    assertThat(spoolFiles()).hasSize(1);
    LongStream.rangeClosed(4, 2 * CallbackOutbox.MAX_BATCH + 17).forEach(id -> outbox.add(result(id)));
    outbox.spoolArrived();

    List<Integer> sizes = new ArrayList<>();
    for (var batch = outbox.next(); batch.isPresent(); batch = outbox.next()) {
      sizes.add(batch.get().results().size());
      outbox.delivered(batch.get());
    }

    assertThat(sizes).containsExactly(3, CallbackOutbox.MAX_BATCH, CallbackOutbox.MAX_BATCH, 14);
    assertThat(spoolFiles()).isEmpty();
  }

  @Test
  void resultsEndingWhileGroupsAreWrittenShareWritesAndNoneIsMissed() throws Exception {
    CallbackOutbox outbox = outbox();
    ExecutorService workers = Executors.newFixedThreadPool(16);
    LongStream.rangeClosed(1, 400).forEach(id -> workers.execute(() -> outbox.add(result(id))));
    workers.shutdown();
    int written = 0;
    int writes = 0;
    while (!workers.isTerminated() || written < 400) {
      if (outbox.awaitArrivals(Duration.ofMillis(50))) {
        written += outbox.spoolArrived();
        writes++;
      }
    }
    assertThat(written).isEqualTo(400);
    assertThat(writes).isLessThanOrEqualTo(400);
    assertThat(spoolFiles()).hasSize(writes);

    List<Long> sent = new ArrayList<>();
    for (var batch = outbox.next(); batch.isPresent(); batch = outbox.next()) {
      assertThat(batch.get().results()).hasSizeLessThanOrEqualTo(CallbackOutbox.MAX_BATCH);
      batch.get().results().forEach(result -> sent.add(result.logId()));
      outbox.delivered(batch.get());
    }
    assertThat(sent).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 400).boxed().toList());
  }

  @Test
  void aNewProcessSendsWhatTheLastOneLeftInTheSpoolFirstAndContinuesTheOrder() {
    CallbackOutbox before = outbox();
    LongStream.rangeClosed(1, 50).forEach(id -> before.add(result(id)));
    before.spoolArrived();
    LongStream.rangeClosed(51, 60).forEach(id -> before.add(result(id)));
    before.spoolArrived();
    before.delivered(firstGroupOf(before));

    CallbackOutbox after = outbox();
    after.add(result(61));
    after.spoolArrived();

    assertThat(after.pending()).isEqualTo(11);
    List<Long> sent = new ArrayList<>();
    for (var batch = after.next(); batch.isPresent(); batch = after.next()) {
      batch.get().results().forEach(result -> sent.add(result.logId()));
      after.delivered(batch.get());
    }
    assertThat(sent).containsExactlyElementsOf(LongStream.rangeClosed(51, 61).boxed().toList());
  }

  @Test
  void holdsAResultUntilAnAdminAcceptedItAlsoAfterARestart() {
    CallbackOutbox before = outbox();
    before.add(result(1));
    before.add(result(2));
    before.spoolArrived();
    assertThat(before.holds(1)).isTrue();

    CallbackOutbox after = outbox();
    assertThat(after.holds(1)).isTrue();
    assertThat(after.holds(2)).isTrue();
    assertThat(after.holds(3)).isFalse();

    after.delivered(after.next().orElseThrow());
    assertThat(after.holds(1)).isFalse();
    assertThat(after.holds(2)).isFalse();
  }

  @Test
  void resultsArrivingAfterWriteThroughAreOnDiskWhenAddReturns() {
    CallbackOutbox outbox = outbox();
    outbox.add(result(1));

    outbox.writeThrough();
    outbox.add(result(2));

    assertThat(spoolFiles()).hasSize(2);
    assertThat(outbox.onlyInMemory()).isZero();
  }

  @Test
  void recoveryRemovesATornTemporaryFileAndSetsAsideAnUnreadableOne() throws Exception {
    CallbackOutbox first = outbox();
    first.add(result(1));
    first.spoolArrived();
    Files.writeString(dir.resolve("0000000000000000002-run-2.tmp"), "[{\"logId\":2,\"logDa");
    Files.writeString(dir.resolve("0000000000000000003-run-3.json"), "not json");

    CallbackOutbox recovered = outbox();

    assertThat(recovered.next().orElseThrow().results()).containsExactly(result(1));
    assertThat(dir.resolve("0000000000000000002-run-2.tmp")).doesNotExist();
    assertThat(dir.resolve("0000000000000000003-run-3.json.unreadable")).exists();
  }

  @Test
  void keepsResultsInMemoryWhenTheDiskRefusesThem() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "");
    CallbackOutbox outbox = new CallbackOutbox(new CallbackSpool(notADirectory.resolve("spool"), json));

    outbox.add(result(1));
    outbox.spoolArrived();

    assertThat(outbox.onlyInMemory()).isEqualTo(1);
    CallbackOutbox.Batch batch = outbox.next().orElseThrow();
    assertThat(batch.results()).containsExactly(result(1));
    outbox.delivered(batch);
    assertThat(outbox.pending()).isZero();
  }

  @Test
  void aLongAdminOutageKeepsOnlyTheNextBatchesInMemoryAndDeliversEverythingInOrderOnceAnAdminIsBack() {
    CallbackOutbox outbox = outbox();
    endRuns(outbox, 1, OUTAGE_RUNS, 500);

    assertThat(outbox.pending()).isEqualTo(OUTAGE_RUNS);
    assertThat(outbox.inMemory()).isLessThanOrEqualTo(SpoolWindow.WINDOW);
    assertThat(outbox.holds(1)).isTrue();
    assertThat(outbox.holds(OUTAGE_RUNS)).isTrue();
    assertThat(outbox.holds(OUTAGE_RUNS + 1)).isFalse();
    // a HashSet<Long> of these ids would take some 6 MB
    assertThat(outbox.held().bytes()).isLessThan(64 * 1024);

    assertThat(deliverAll(outbox)).containsExactlyElementsOf(LongStream.rangeClosed(1, OUTAGE_RUNS).boxed().toList());
    assertThat(spoolFiles()).isEmpty();
    assertThat(outbox.holds(1)).isFalse();
    assertThat(outbox.held().count()).isZero();
  }

  @Test
  void aNewProcessReadsALargeSpoolBackAWindowAtATimeInOrder() {
    endRuns(outbox(), 1, OUTAGE_RUNS, 1000);

    CallbackOutbox after = outbox();

    assertThat(after.pending()).isEqualTo(OUTAGE_RUNS);
    assertThat(after.inMemory()).isZero();
    assertThat(after.holds(OUTAGE_RUNS)).isTrue();
    assertThat(deliverAll(after)).containsExactlyElementsOf(LongStream.rangeClosed(1, OUTAGE_RUNS).boxed().toList());
  }

  @Test
  void resultsEndingWhileABacklogWaitsOnDiskAreSentAfterItAndKeptInMemoryOnceItIsGone() {
    CallbackOutbox outbox = outbox();
    long backlog = 3 * SpoolWindow.WINDOW;
    endRuns(outbox, 1, backlog, 10);
    List<Long> sent = new ArrayList<>();
    for (long first = backlog + 1; first <= backlog + 500; first += 10) {
      endRuns(outbox, first, first + 9, 10);
      CallbackOutbox.Batch batch = outbox.next().orElseThrow();
      batch.results().forEach(result -> sent.add(result.logId()));
      outbox.delivered(batch);
    }
    sent.addAll(deliverAll(outbox));
    assertThat(sent).containsExactlyElementsOf(LongStream.rangeClosed(1, backlog + 500).boxed().toList());

    outbox.add(result(90_001));
    outbox.spoolArrived();
    assertThat(outbox.inMemory()).isEqualTo(1);
  }

  @Test
  void aBacklogFileThatCannotBeReadBackIsSetAsideAndTheRestStillGoesOut() throws Exception {
    CallbackOutbox outbox = outbox();
    endRuns(outbox, 1, 2 * SpoolWindow.WINDOW, 100);
    Path broken = spoolFiles().get(spoolFiles().size() - 3);
    Files.writeString(broken, "not json");

    List<Long> sent = deliverAll(outbox);

    assertThat(sent).hasSize(2 * SpoolWindow.WINDOW - 100).doesNotHaveDuplicates().isSorted();
    assertThat(outbox.pending()).isZero();
    assertThat(spoolFiles()).extracting(file -> file.getFileName().toString()).singleElement()
        .satisfies(name -> assertThat(name).endsWith(".json.unreadable"));
  }

  /** Runs {@code first..last} end and are spooled in groups of {@code perGroup} while no admin accepts. */
  private static void endRuns(CallbackOutbox outbox, long first, long last, int perGroup) {
    for (long id = first; id <= last; id++) {
      outbox.add(result(id));
      if ((id - first + 1) % perGroup == 0 || id == last) {
        outbox.spoolArrived();
        assertThat(outbox.inMemory()).isLessThanOrEqualTo(SpoolWindow.WINDOW);
      }
    }
  }

  private static List<Long> deliverAll(CallbackOutbox outbox) {
    List<Long> sent = new ArrayList<>();
    for (var batch = outbox.next(); batch.isPresent(); batch = outbox.next()) {
      assertThat(outbox.inMemory()).isLessThanOrEqualTo(SpoolWindow.WINDOW);
      batch.get().results().forEach(result -> sent.add(result.logId()));
      outbox.delivered(batch.get());
    }
    return sent;
  }

  private static CallbackOutbox.Batch firstGroupOf(CallbackOutbox outbox) {
    return new CallbackOutbox.Batch(List.of(outbox.next().orElseThrow().groups().get(0)));
  }

  private CallbackOutbox outbox() {
    return new CallbackOutbox(new CallbackSpool(dir, json));
  }

  private List<Path> spoolFiles() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CallbackResult result(long id) {
    return new CallbackResult(id, 1000 + id, 200, null);
  }
}
