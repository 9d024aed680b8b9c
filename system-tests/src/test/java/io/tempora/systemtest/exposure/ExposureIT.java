package io.tempora.systemtest.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.tempora.client.model.RunStatus;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.Jobs;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@SystemTest
class ExposureIT {

  private final TemporaServers servers;
  private final Admin admin;
  private final RawHttp http = new RawHttp();

  ExposureIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void metricsAreClosedOnBothPorts() throws Exception {
    for (URI server : List.of(servers.adminUri(), URI.create(servers.executorAddress()))) {
      RawHttp.Answer metrics = http.get(server.resolve("/metrics"), Map.of());

      assertThat(metrics.status()).as(server + "metrics: " + metrics.body()).isEqualTo(403);
    }
  }

  @Test
  void openApiDescriptionStaysPublic() throws Exception {
    RawHttp.Answer description = http.get(servers.adminUri().resolve("/openapi"), Map.of());

    assertThat(description.status()).isEqualTo(200);
    assertThat(description.body()).contains("/api/v1/jobs");
  }

  @Test
  void serversListenOnLoopbackOnly() throws Exception {
    List<InetAddress> external = NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .toList();
    assumeThat(external).as("a non-loopback IPv4 address on this host").isNotEmpty();

    for (InetAddress address : external) {
      for (int port : List.of(servers.adminUri().getPort(), URI.create(servers.executorAddress()).getPort())) {
        assertThat(connects(address, port)).as(address + ":" + port).isFalse();
      }
    }
    assertThat(connects(InetAddress.getLoopbackAddress(), servers.adminUri().getPort())).isTrue();
  }

  @Test
  void databaseSecretsAndRunLogsAreReadableByTheOwnerOnly() throws Exception {
    long groupId = admin.executorGroup().getId();
    long longRun = admin.trigger(admin.create(Jobs.aSleepingJob(groupId, 5_000)), null);
    long shortRun = admin.trigger(admin.create(Jobs.anEchoJob(groupId)), "hello");
    assertThat(admin.awaitFinal(longRun).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(admin.awaitFinal(shortRun).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    Path data = servers.dataDir();

    if (servers.embeddedDatabase()) {
      assertThat(permissions(data.resolve("admin"))).isEqualTo("rwx------");
    }
    assertThat(permissions(data.resolve("secrets"))).isEqualTo("rwx------");
    Path logs = data.resolve("executor/logs");
    try (Stream<Path> paths = Files.walk(logs)) {
      List<Path> all = paths.toList();
      assertThat(all).anySatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".log"));
      for (Path path : all) {
        assertThat(permissions(path)).as(path.toString()).isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
      }
    }
  }

  private static boolean connects(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
