package io.tempora.systemtest.servers;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own (its own data directory and port), so the test may stop and start
 * it without touching the machine's database. Needs the {@code mariadb-server} package's binaries.
 */
public final class OwnMariaDb implements AutoCloseable {

  static final String SCHEMA = "tempora_cluster";
  private static final String SERVER_BINARY = "/usr/sbin/mariadbd";

  private final Path dir;
  private final int port;
  private Process server;

  private OwnMariaDb(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  public static OwnMariaDb create(Path dir, int port) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Process install = new ProcessBuilder("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
        "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + System.getProperty("user.name"))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("install.log").toFile())
        .start();
    if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
      throw new IllegalStateException("mariadb-install-db failed; see " + dir.resolve("install.log"));
    }
    OwnMariaDb db = new OwnMariaDb(dir, port);
    db.start();
    try (Connection connection = DriverManager.getConnection(db.serverUrl(), "root", "")) {
      connection.createStatement().execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("the test's own MariaDB does not answer", e);
    }
    return db;
  }

  public void start() throws IOException {
    server = new ProcessBuilder(SERVER_BINARY, "--no-defaults", "--datadir=" + dir.resolve("data"), "--port=" + port,
        "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"), "--user=" + System.getProperty("user.name"),
        "--skip-grant-tables", "--innodb-buffer-pool-size=128M", "--max-connections=500",
        "--transaction-isolation=READ-COMMITTED")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
        .start();
    await("the test's own MariaDB on port " + port).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(() -> {
          try (Connection ignored = DriverManager.getConnection(serverUrl(), "root", "")) {
            return true;
          }
        });
  }

  /** A clean shutdown, as an operator restarting the database would do. */
  public void stop() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
      server = null;
    }
  }

  public String serverUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/";
  }

  public String schemaUrl() {
    return serverUrl() + SCHEMA;
  }

  public List<String> adminProperties() {
    return List.of("-Dtempora.db.url=" + schemaUrl(), "-Dtempora.db.user=root", "-Dtempora.db.password=");
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(schemaUrl(), "root", "");
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
