package io.tempora.executor.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged executor.war in its own Payara Micro process, with a fresh data directory holding the
 * token file the admin would have written and the bundled plugin jar. Output goes to a file under
 * target/ so a failure can show what the server said.
 */
final class PayaraExecutor implements AutoCloseable {

  static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final Process process;
  private final Path log;
  private final Path workDir;
  private final String adminUrl;
  private final int starts;
  final int port;
  final Path dataDir;

  private PayaraExecutor(Process process, Path log, Path workDir, String adminUrl, int starts, int port, Path dataDir) {
    this.process = process;
    this.log = log;
    this.workDir = workDir;
    this.adminUrl = adminUrl;
    this.starts = starts;
    this.port = port;
    this.dataDir = dataDir;
  }

  /**
   * @param token written where the admin would write it; null to start without any token
   * @param properties extra {@code -Dkey=value} settings
   */
  static PayaraExecutor start(Path workDir, String adminUrl, String token, String... properties) throws IOException {
    Path plugin = existing("basic.handlers.jar", "build plugins/basic-handlers first");
    Path dataDir = workDir.resolve("data");
    Files.createDirectories(dataDir.resolve("secrets"));
    Files.createDirectories(dataDir.resolve("executor/plugins"));
    if (token != null) {
      Files.writeString(dataDir.resolve("secrets/access-token"), token + "\n");
    }
    Files.copy(plugin, dataDir.resolve("executor/plugins/basic-handlers.jar"));
    return launch(workDir, adminUrl, 1, freePort(), dataDir, properties);
  }

  /**
   * Starts the executor again on the same port and data directory (run logs, spool), after {@link
   * #close()}. Payara gets a fresh root directory: a reused one remembers the WAR and deploys it twice.
   */
  PayaraExecutor restart(String... properties) throws IOException {
    if (process.isAlive()) {
      throw new IllegalStateException("close() the running executor first");
    }
    return launch(workDir, adminUrl, starts + 1, port, dataDir, properties);
  }

  private static PayaraExecutor launch(Path workDir, String adminUrl, int starts, int port, Path dataDir,
      String... properties) throws IOException {
    Path payara = existing("payara.micro.jar", "run `mvn -q install -N` at the root to fetch it");
    Path war = existing("executor.war", "package the module first");
    String suffix = starts == 1 ? "" : "-" + starts;
    Path log = workDir.resolve("server" + suffix + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m",
        "-Dtempora.data-dir=" + dataDir,
        "-Dtempora.executor.admin-addresses=" + adminUrl,
        "-Dtempora.executor.address=http://127.0.0.1:" + port,
        "-Dtempora.executor.app-name=tempora-it",
        "-Dtempora.executor.beat-interval=PT2S",
        "-Dtempora.executor.token-wait=PT2S"));
    Arrays.stream(properties).map(property -> "-D" + property).forEach(command::add);
    command.addAll(List.of(
        "-jar", payara.toString(),
        "--deploy", war.toString(),
        "--contextroot", "/",
        "--port", String.valueOf(port),
        "--nohazelcast",
        "--disablephonehome",
        "--rootdir", workDir.resolve("payara" + suffix).toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new PayaraExecutor(process, log, workDir, adminUrl, starts, port, dataDir);
  }

  void awaitReady(ExecutorClient client) {
    try {
      await("executor answers /beat").atMost(START_TIMEOUT).pollInterval(Duration.ofSeconds(1))
          .ignoreExceptions()
          .until(() -> {
            if (!process.isAlive()) {
              throw new IllegalStateException("Payara Micro exited with " + process.exitValue());
            }
            return client.post("beat", null).code() == 200;
          });
    } catch (ConditionTimeoutException | IllegalStateException e) {
      throw new AssertionError("executor did not start; last server output:\n" + logTail(120), e);
    }
  }

  /** The process's exit status once it has ended by itself within {@code timeout}; -1 while it still runs. */
  int exitStatusWithin(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  boolean serverSaid(String text) {
    try {
      return Files.readString(log).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no server log: " + e + ")";
    }
  }

  /** Asks the server to stop as a service manager would (SIGTERM), then forces it if it hangs. */
  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static Path existing(String property, String hint) {
    String value = System.getProperty(property);
    if (value == null || !Files.isRegularFile(Path.of(value))) {
      throw new IllegalStateException("system property " + property + "=" + value + " is not a file; " + hint);
    }
    return Path.of(value);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
