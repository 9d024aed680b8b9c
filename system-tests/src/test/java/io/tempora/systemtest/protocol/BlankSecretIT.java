package io.tempora.systemtest.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.systemtest.servers.Artifacts;
import io.tempora.systemtest.servers.ServerProcess;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A data directory whose secret files are empty (a crash while they were written, a botched copy) must
 * not give an admin whose empty token is valid: the admin refuses to start and its process ends.
 */
class BlankSecretIT {

  @Test
  void emptySecretFilesStopTheAdminInsteadOfAdmittingAnEmptyToken() throws Exception {
    Artifacts artifacts = Artifacts.fromSystemProperties();
    Path dataDir = Files.createTempDirectory("tempora-blank-secret-");
    Path secrets = Files.createDirectories(dataDir.resolve("secrets"));
    Files.createFile(secrets.resolve("access-token"));
    Files.createFile(secrets.resolve("admin-api-token"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-Dtempora.data-dir=" + dataDir));
    command.addAll(artifacts.payaraMicro(artifacts.adminWar(), freePort(), dataDir.resolve("payara")));

    try (ServerProcess admin = ServerProcess.start("blank-secret-admin", command, artifacts.logDir().resolve("blank-secret-admin.log"))) {
      int status = admin.exitStatusWithin(Duration.ofSeconds(180));

      assertThat(status).as("exit status; last lines:\n" + admin.tail()).isEqualTo(3);
      assertThat(admin.tail()).contains(secrets.resolve("access-token") + " is empty");
    }
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
