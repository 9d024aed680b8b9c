package io.tempora.executor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An executor with no token anywhere must not come up at all, not come up open, and not stay up as a
 * server that answers errors: a service manager must see it end.
 */
class MissingTokenIT {

  @Test
  void theProcessEndsSayingHowToGiveItAToken() throws Exception {
    Path workDir = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it")));
    try (FakeAdmin admin = new FakeAdmin("unused");
        PayaraExecutor executor = PayaraExecutor.start(Files.createTempDirectory(workDir, "no-token-"), admin.url(), null)) {
      int status = executor.exitStatusWithin(PayaraExecutor.START_TIMEOUT);

      assertThat(status).as("exit status; server output:\n" + executor.logTail(40)).isEqualTo(3);
      assertThat(executor.serverSaid("the executor cannot start: no access token")).isTrue();
      assertThat(executor.serverSaid("tempora.executor.insecure=true")).isTrue();
      assertThat(admin.registrations).isEmpty();
    }
  }
}
