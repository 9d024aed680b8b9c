package io.tempora.executor.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoveOldLogsTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path logs;
  @TempDir Path glue;

  @Test
  void deletesWholeDayFoldersOlderThanTheRetentionAndKeepsTheRest() throws IOException {
    Path old = logFile("2026-10-24", 1);
    Path older = logFile("2025-01-01", 2);
    Path lastKept = logFile("2026-10-25", 3);
    Path today = logFile("2026-11-24", 4);
    Path notADay = logFile("spare", 5);

    int removed = new RemoveOldLogs(logs, Duration.ofDays(30), CLOCK, Set::of, day -> { }).run();

    assertThat(removed).isEqualTo(2);
    assertThat(old.getParent()).doesNotExist();
    assertThat(older.getParent()).doesNotExist();
    assertThat(lastKept).exists();
    assertThat(today).exists();
    assertThat(notADay).exists();
  }

  @Test
  void keepsAnOldDayFolderWhileARunOfThatDayIsStillRunning() throws IOException {
    Path running = logFile("2026-01-01", 1);
    Path finished = logFile("2026-01-02", 2);

    new RemoveOldLogs(logs, Duration.ofDays(30), CLOCK, () -> Set.of(LocalDate.parse("2026-01-01")), day -> { }).run();

    assertThat(running).exists();
    assertThat(finished.getParent()).doesNotExist();
  }

  @Test
  void doesNothingWithoutALogsDirectory() {
    assertThat(new RemoveOldLogs(logs.resolve("absent"), Duration.ofDays(1), CLOCK, Set::of, day -> { }).run()).isZero();
  }

  @Test
  void deletesGlueFilesOfSupersededVersionsOlderThanADay() throws IOException {
    Path superseded = glueFile("7_100.sh", Duration.ofDays(2));
    Path supersededToo = glueFile("7_200.py", Duration.ofDays(3));
    Path newest = glueFile("7_300.sh", Duration.ofDays(5));
    Path supersededButRecent = glueFile("8_100.sh", Duration.ofHours(2));
    Path newestOfJob8 = glueFile("8_200.sh", Duration.ofHours(1));
    Path onlyVersion = glueFile("9_100.js", Duration.ofDays(90));
    Path notGlue = glueFile("7_1-12345.sh", Duration.ofDays(9));

    int removed = new RemoveOldGlue(glue, CLOCK).run();

    assertThat(removed).isEqualTo(2);
    assertThat(superseded).doesNotExist();
    assertThat(supersededToo).doesNotExist();
    assertThat(newest).exists();
    assertThat(supersededButRecent).exists();
    assertThat(newestOfJob8).exists();
    assertThat(onlyVersion).exists();
    assertThat(notGlue).exists();
  }

  private Path logFile(String day, long logId) throws IOException {
    Path file = logs.resolve(day).resolve(logId + ".log");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "line\n");
  }

  private Path glueFile(String name, Duration age) throws IOException {
    Path file = Files.writeString(glue.resolve(name), "echo hi\n");
    Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
    return file;
  }
}
