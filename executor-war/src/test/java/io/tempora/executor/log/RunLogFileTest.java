package io.tempora.executor.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogFileTest {

  @TempDir Path dir;

  @Test
  void everyLineIsOnDiskAsSoonAsItIsLoggedWithItsTime() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:20:04.123Z"), ZoneOffset.UTC);
    Path file = dir.resolve("2026-11-24/5.log");
    RunLogFile log = RunLogFile.append(file, clock);

    log.log("working on %s", "it");

    assertThat(Files.readString(file)).isEqualTo("2026-11-24 09:20:04.123 working on it\n");
    log.close();
  }

  @Test
  void reopeningAppendsInsteadOfTruncating() throws Exception {
    Path file = dir.resolve("6.log");
    try (RunLogFile log = RunLogFile.append(file, Clock.systemUTC())) {
      log.log("first");
    }
    try (RunLogFile log = RunLogFile.append(file, Clock.systemUTC())) {
      log.log("second");
    }
    assertThat(Files.readAllLines(file)).hasSize(2);
  }
}
