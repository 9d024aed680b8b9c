package io.tempora.executor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An executor with no token anywhere must not come up at all, not come up open. */
class MissingTokenIT {

  @Test
  void theApplicationRefusesToStartWithoutAnAccessToken() throws Exception {
    Path workDir = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it")));
    try (FakeAdmin admin = new FakeAdmin("unused");
        PayaraExecutor executor = PayaraExecutor.start(Files.createTempDirectory(workDir, "no-token-"), admin.url(), null)) {
      await("the deployment fails").atMost(PayaraExecutor.START_TIMEOUT).pollInterval(Duration.ofSeconds(1))
          .until(() -> executor.serverSaid("AccessTokenMissing"));
      assertThat(executor.serverSaid("tempora.executor.insecure=true")).isTrue();

      ExecutorClient client = new ExecutorClient(executor.url(), null);
      await("no executor answers").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20))
          .until(() -> !beatAnswer(client).contains("\"code\":200"));
      assertThat(admin.registrations).isEmpty();
    }
  }

  private static String beatAnswer(ExecutorClient client) throws InterruptedException {
    try {
      return client.send("beat", "", null).body();
    } catch (IOException e) {
      return "no answer: " + e;
    }
  }
}
