package io.tempora.bench.executor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged executor.war on Payara Micro in its own process, started as a user would start it, with
 * a fresh temporary data directory holding the bundled plugin jar. {@link #close()} ends the whole process
 * tree and deletes the directory.
 */
final class LocalExecutor implements AutoCloseable {

  static final String APP_NAME = "bench";

  /** The executor's -Xmx, as {@code ./tempora start} gives it. */
  static final long MAX_HEAP_BYTES = 384L * 1024 * 1024;

  private final Process process;
  private final Path dir;
  private final Path log;
  final int port;
  final String token;

  private LocalExecutor(Process process, Path dir, Path log, int port, String token) {
    this.process = process;
    this.dir = dir;
    this.log = log;
    this.port = port;
    this.token = token;
  }

  static LocalExecutor start(Path repo, int port, String adminUrl, String idleTimeout) throws IOException {
    Path runtime = built(repo, "target/runtime/payara-micro.jar");
    Path war = built(repo, "executor-war/target/executor.war");
    Path plugin = built(repo, "plugins/basic-handlers/target/basic-handlers.jar");
    if (inUse(port)) {
      throw new IllegalStateException("port " + port + " is already in use; pass another --executor-port");
    }
    Path dir = Files.createTempDirectory("tempora-bench-");
    Files.createDirectories(dir.resolve("executor/plugins"));
    Files.copy(plugin, dir.resolve("executor/plugins/basic-handlers.jar"));
    String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    Path log = dir.resolve("executor.log");
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + MAX_HEAP_BYTES / 1024 / 1024 + "m",
        "-Dtempora.data-dir=" + dir,
        "-Dtempora.access-token=" + token,
        "-Dtempora.executor.admin-addresses=" + adminUrl,
        "-Dtempora.executor.address=http://127.0.0.1:" + port + "/",
        "-Dtempora.executor.app-name=" + APP_NAME,
        "-Dtempora.executor.worker-idle-timeout=" + idleTimeout,
        "-jar", runtime.toString(),
        "--deploy", war.toString(),
        "--contextroot", "/",
        "--port", String.valueOf(port),
        "--nohazelcast",
        "--disablephonehome",
        "--rootdir", dir.resolve("payara").toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new LocalExecutor(process, dir, log, port, token);
  }

  String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  Path logsDir() {
    return dir.resolve("executor/logs");
  }

  long pid() {
    return process.pid();
  }

  /** CPU time the executor's JVM has used so far (user + system, all its threads). */
  Duration cpuTime() {
    return process.info().totalCpuDuration().orElseThrow(
        () -> new IllegalStateException("this platform does not report the CPU time of process " + pid()));
  }

  boolean alive() {
    return process.isAlive();
  }

  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no executor log: " + e + ")";
    }
  }

  /** SIGTERM to the tree as a service manager would, forced after 30 s; then the temporary directory goes. */
  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + dir + " (" + e + "); remove it by hand");
    }
  }

  private static Path built(Path repo, String relative) {
    Path file = repo.resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing; build first: (cd " + repo + " && mvn -B -q install -DskipTests)");
    }
    return file;
  }

  private static boolean inUse(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static Path repoRoot() {
    try {
      // bench/target/bench.jar or bench/target/classes
      Path code = Path.of(LocalExecutor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code.getParent().getParent().getParent();
    } catch (java.net.URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
