package io.tempora.executor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokenSourceTest {

  @TempDir Path dir;

  private AccessTokenSource waiting(Duration wait) {
    return new AccessTokenSource(Clock.systemUTC(), wait);
  }

  @Test
  void theConfiguredTokenWinsOverTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("access-token"), "from-file");
    AccessToken token = waiting(Duration.ZERO).resolve(Optional.of("configured"), file, false);
    assertThat(token.admits("configured")).isTrue();
  }

  @Test
  void readsTheFileTrimmed() throws Exception {
    Path file = Files.writeString(dir.resolve("access-token"), "  from-file\n");
    assertThat(waiting(Duration.ZERO).resolve(Optional.empty(), file, false).admits("from-file")).isTrue();
  }

  @Test
  void waitsForTheAdminToWriteTheFile() throws Exception {
    Path file = dir.resolve("access-token");
    ScheduledExecutorService admin = Executors.newSingleThreadScheduledExecutor();
    try {
      admin.schedule(() -> Files.writeString(file, "late"), 500, TimeUnit.MILLISECONDS);
      assertThat(waiting(Duration.ofSeconds(10)).resolve(Optional.empty(), file, false).admits("late")).isTrue();
    } finally {
      admin.shutdownNow();
    }
  }

  @Test
  void refusesToStartWithoutAnyToken() {
    Path file = dir.resolve("absent");
    assertThatThrownBy(() -> waiting(Duration.ofMillis(300)).resolve(Optional.empty(), file, false))
        .isInstanceOf(AccessTokenMissing.class)
        .hasMessageContaining("tempora.access-token")
        .hasMessageContaining("tempora.executor.insecure=true");
  }

  @Test
  void startsOpenWithoutATokenOnlyWhenToldToBeInsecure() {
    AccessToken token = waiting(Duration.ofSeconds(30)).resolve(Optional.empty(), dir.resolve("absent"), true);
    assertThat(token.admits(null)).isTrue();
  }
}
