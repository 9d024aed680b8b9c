package io.tempora.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchOptionsTest {

  @Test
  void readsTheTokenFromTheDataDirectoryWhenNoneIsGiven(@TempDir Path data) throws Exception {
    Files.createDirectories(data.resolve("secrets"));
    Files.writeString(data.resolve("secrets/admin-api-token"), "s3cret\n");

    BenchOptions options = BenchOptions.parse("trigger", "--runs", "10", "--data-dir", data.toString());

    assertThat(options.token()).isEqualTo("s3cret");
    assertThat(options.runs()).isEqualTo(10);
    assertThat(options.concurrency()).isEqualTo(16);
    assertThat(options.app()).isEqualTo("tempora-demo");
    assertThat(options.url()).isEqualTo("http://localhost:8080");
  }

  @Test
  void refusesAnUnknownCommand() {
    assertThatThrownBy(() -> BenchOptions.parse("stress", "--token", "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
