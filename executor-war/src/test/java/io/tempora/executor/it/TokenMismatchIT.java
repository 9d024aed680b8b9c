package io.tempora.executor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An admin that refuses this executor's token must show up in the executor's log as exactly that. */
class TokenMismatchIT {

  @Test
  void anAdminRefusingTheTokenIsLoggedNamingWhatToChange() throws Exception {
    Path workDir = ItServers.newWorkDir("token-mismatch-");
    try (FakeAdmin admin = new FakeAdmin("the-admins-token");
        PayaraExecutor executor = PayaraExecutor.start(workDir, admin.url(), "another-token")) {
      await("the refusal logged").atMost(PayaraExecutor.START_TIMEOUT).pollInterval(Duration.ofSeconds(1))
          .until(() -> executor.serverSaid("refused /api/registry: it does not accept the access token"));

      assertThat(admin.wrongTokens.get()).isPositive();
      assertThat(executor.serverSaid("the token read from " + executor.dataDir.resolve("secrets/access-token"))).isTrue();
      assertThat(executor.serverSaid("Give this executor the admin's token")).isTrue();
    }
  }
}
