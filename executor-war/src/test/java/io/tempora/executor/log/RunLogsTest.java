package io.tempora.executor.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.handler.RunLog;
import io.tempora.protocol.LogPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogsTest {

  private static final long FIRED = Instant.parse("2026-12-02T10:00:00Z").toEpochMilli();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:01Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private RunLogs logs;

  @AfterEach
  void close() {
    logs.close();
  }

  @Test
  void aShortRunsLogIsReadWhileItRunsAndFromTheDayStoreAfterwardsWithoutAFileOfItsOwn() throws Exception {
    logs = new RunLogs(dir, CLOCK, Duration.ofMinutes(1));
    logs.growing(FIRED, 7);
    RunLog log = logs.open(7);
    log.log("first");

    assertThat(logs.read(FIRED, 7, 1)).isEqualTo(new LogPage(1, 1, "2026-12-02 10:00:01.000 first\n", false));

    log.log("second");
    logs.ended(7, "the end");
    LogPage whole = logs.read(FIRED, 7, 1);
    assertThat(whole.isEnd()).isTrue();
    assertThat(whole.logContent()).contains("first\n").contains("second\n").endsWith("the end\n");
    assertThat(logs.read(FIRED, 7, 3)).isEqualTo(new LogPage(3, 3, "2026-12-02 10:00:01.000 the end\n", true));
    assertThat(filesIn(dir.resolve("2026-12-02"))).containsExactly(DayLogStore.FILE_NAME);
  }

  @Test
  void storedLogsSurviveARestartOnceWritten() throws Exception {
    logs = new RunLogs(dir, CLOCK, Duration.ofMinutes(1));
    for (long run = 1; run <= 1000; run++) {
      logs.growing(FIRED, run);
      logs.open(run).log("run " + run + " says hello");
      logs.ended(run, "done");
    }
    logs.upkeep();
    logs.close();

    logs = new RunLogs(dir, CLOCK, Duration.ofMinutes(1));
    assertThat(logs.read(FIRED, 500, 1).logContent()).contains("run 500 says hello").contains("done");
    assertThat(logs.read(FIRED, 500, 1).isEnd()).isTrue();
  }

  @Test
  void aLongRunsLogMovesToItsOwnFileAndKeepsGrowingThere() throws Exception {
    logs = new RunLogs(dir, CLOCK, Duration.ZERO);
    logs.growing(FIRED, 8);
    RunLog log = logs.open(8);
    log.log("before");
    logs.upkeep();
    log.log("after");

    Path file = dir.resolve("2026-12-02/8.log");
    assertThat(Files.readString(file)).contains("before\n").contains("after\n");
    assertThat(logs.read(FIRED, 8, 1)).isEqualTo(new LogPage(1, 2,
        "2026-12-02 10:00:01.000 before\n2026-12-02 10:00:01.000 after\n", false));

    logs.ended(8, "the end");
    assertThat(logs.read(FIRED, 8, 3)).isEqualTo(new LogPage(3, 3, "2026-12-02 10:00:01.000 the end\n", true));
  }

  @Test
  void aTalkativeRunsLogMovesToItsOwnFileInsteadOfFillingTheMemory() throws Exception {
    logs = new RunLogs(dir, CLOCK, Duration.ofMinutes(1));
    logs.growing(FIRED, 9);
    RunLog log = logs.open(9);
    String line = "x".repeat(1000);
    for (int i = 0; i < 20; i++) {
      log.log(line);
    }
    assertThat(Files.size(dir.resolve("2026-12-02/9.log"))).isGreaterThan(LiveRunLog.MEMORY_LIMIT);
    logs.ended(9, "the end");
    assertThat(Files.readString(dir.resolve("2026-12-02/9.log"))).endsWith("the end\n");
  }

  @Test
  void linesOfARunThatHasEndedAreDroppedAndAnEndedRunCannotBeReopened() throws Exception {
    logs = new RunLogs(dir, CLOCK, Duration.ofMinutes(1));
    logs.growing(FIRED, 10);
    RunLog log = logs.open(10);
    logs.ended(10, "killed");
    log.log("a killed handler still talking");
    logs.open(10).log("and again");

    assertThat(logs.read(FIRED, 10, 1).logContent()).isEqualTo("2026-12-02 10:00:01.000 killed\n");
  }

  @Test
  void aRunNeverQueuedOrDiscardedHasNoLog() throws Exception {
    logs = new RunLogs(dir, CLOCK, Duration.ofMinutes(1));
    logs.growing(FIRED, 11);
    logs.discard(11);

    LogPage page = logs.read(FIRED, 11, 1);
    assertThat(page.isEnd()).isTrue();
    assertThat(page.logContent()).isEqualTo("log file not found for run 11 of 2026-12-02");
    assertThat(dir.resolve("2026-12-02")).doesNotExist();
  }

  @Test
  void logsOfEarlierVersionsInFilesOfTheirOwnAreStillRead() throws Exception {
    Files.createDirectories(dir.resolve("2026-12-02"));
    Files.writeString(dir.resolve("2026-12-02/12.log"), "an old line\n");
    logs = new RunLogs(dir, CLOCK, Duration.ofMinutes(1));

    assertThat(logs.read(FIRED, 12, 1)).isEqualTo(new LogPage(1, 1, "an old line\n", true));
  }

  @Test
  void aLogEndedAfterTheStoresClosedGoesToAFileOfItsOwn() throws Exception {
    logs = new RunLogs(dir, CLOCK, Duration.ofMinutes(1));
    logs.growing(FIRED, 13);
    logs.open(13).log("working");
    logs.close();
    logs.ended(13, "stopped by the shutdown");

    assertThat(Files.readString(dir.resolve("2026-12-02/13.log"))).contains("working\n").endsWith("stopped by the shutdown\n");
  }

  private static Stream<String> filesIn(Path folder) throws Exception {
    return Files.list(folder).map(path -> path.getFileName().toString());
  }
}
