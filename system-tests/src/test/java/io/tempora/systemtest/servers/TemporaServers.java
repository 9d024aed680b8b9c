package io.tempora.systemtest.servers;

import io.tempora.client.ApiClient;
import io.tempora.protocol.ProtocolHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The admin and one executor, started as a user would start them: {@code java -jar payara-micro.jar
 * --deploy ...} against a fresh data directory. The executor can be stopped and started again.
 */
public final class TemporaServers implements AutoCloseable {

  /** The app name the executor registers under. */
  public static final String EXECUTOR_APP = "system-test";

  public static final Duration DEAD_AFTER = Duration.ofSeconds(10);

  /** How often the admin deletes runs past their job's retention (10 min by default). */
  public static final Duration RETENTION_SWEEP = Duration.ofSeconds(2);

  /** How long the executor lets a glue run without a timeout of its own go on. */
  public static final Duration GLUE_TIMEOUT = Duration.ofSeconds(15);
  /** Refused calls an address may make a minute: above what other tests send from 127.0.0.1 (ProtocolAbuseIT: 300). */
  public static final int REFUSED_CALLS_PER_MINUTE = 400;

  /** -Dtempora.st.admin-port / -Dtempora.st.executor-port move them, e.g. beside another checkout's test run. */
  static final int ADMIN_PORT = Integer.getInteger("tempora.st.admin-port", 18080);
  static final int EXECUTOR_PORT = Integer.getInteger("tempora.st.executor-port", 19999);
  /** Where the admin sends alarm mails; nothing listens there unless a test starts an SMTP server on it. */
  public static final int SMTP_PORT = freePort();
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final Artifacts artifacts;
  private final Database database;
  private final Path dataDir;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(3)).build();
  private ServerProcess admin;
  private ServerProcess executor;
  private String apiToken;

  private TemporaServers(Artifacts artifacts, Database database, Path dataDir) {
    this.artifacts = artifacts;
    this.database = database;
    this.dataDir = dataDir;
  }

  static TemporaServers start() throws IOException {
    requireFree(ADMIN_PORT);
    requireFree(EXECUTOR_PORT);
    Artifacts artifacts = Artifacts.fromSystemProperties();
    Database database = Database.selected();
    database.recreate();
    Path dataDir = Files.createTempDirectory("tempora-st-");
    Path plugins = Files.createDirectories(dataDir.resolve("executor/plugins"));
    Files.copy(artifacts.pluginJar(), plugins.resolve(artifacts.pluginJar().getFileName()));
    TemporaServers servers = new TemporaServers(artifacts, database, dataDir);
    try {
      servers.startAdmin();
      servers.startExecutor();
    } catch (RuntimeException | IOException e) {
      servers.close();
      throw e;
    }
    return servers;
  }

  public URI adminUri() {
    return URI.create("http://127.0.0.1:" + ADMIN_PORT);
  }

  public String executorAddress() {
    return "http://127.0.0.1:" + EXECUTOR_PORT + "/";
  }

  /** The data directory both servers share: database, secrets, executor logs. */
  public Path dataDir() {
    return dataDir;
  }

  /** Whether the admin keeps its database in files of its own (H2 under the data directory). */
  public boolean embeddedDatabase() {
    return database() == Database.H2;
  }

  public Database database() {
    return database;
  }

  public String apiToken() {
    return apiToken;
  }

  /** The executor protocol's shared secret, written by the admin at its first start. */
  public String accessToken() {
    return readSecret("access-token");
  }

  /** A generated client that sends the admin API token on every call. */
  public ApiClient apiClient() {
    return apiClient(apiToken);
  }

  /** A generated client that sends {@code token} as its bearer token. */
  public ApiClient apiClient(String token) {
    HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(3));
    ApiClient client = new ApiClient(http, ApiClient.createDefaultObjectMapper(), adminUri().toString());
    client.setReadTimeout(Duration.ofSeconds(30));
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }

  /** kill -9 of the executor: no shutdown, no farewell, runs in flight vanish with it. */
  public void killExecutor() {
    if (executor != null) {
      executor.kill();
      executor = null;
    }
  }

  /** SIGTERM to the admin, then the same admin started again on the same data directory and database. */
  public void restartAdmin() throws IOException {
    restartAdmin(Duration.ZERO);
  }

  /** As {@link #restartAdmin()}, the admin staying down at least {@code down} before it starts: its fires then are misfires. */
  public void restartAdmin(Duration down) throws IOException {
    if (admin != null) {
      admin.close();
      admin = null;
    }
    Instant until = Instant.now().plus(down);
    Awaitility.await("the admin down for " + down).pollInterval(Duration.ofMillis(200)).atMost(down.plusSeconds(5))
        .until(() -> !Instant.now().isBefore(until));
    requireFree(ADMIN_PORT);
    startAdmin();
  }

  public void stopExecutor() {
    if (executor != null) {
      executor.close();
      executor = null;
    }
  }

  public void startExecutor() throws IOException {
    requireFree(EXECUTOR_PORT);
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-Dtempora.data-dir=" + dataDir,
        "-Dtempora.executor.app-name=" + EXECUTOR_APP,
        "-Dtempora.executor.admin-addresses=" + adminUri(),
        "-Dtempora.executor.address=" + executorAddress(),
        "-Dtempora.executor.beat-interval=PT2S",
        "-Dtempora.executor.glue-timeout=" + GLUE_TIMEOUT,
        "-Dtempora.executor.refused-calls-per-minute=" + REFUSED_CALLS_PER_MINUTE));
    command.addAll(payaraMicro(artifacts.executorWar(), EXECUTOR_PORT, "payara-executor"));
    executor = ServerProcess.start("executor", command, artifacts.logDir().resolve("executor.log"));
    // the executor registers while it is still deploying; only a protocol answer to /beat means it can take runs
    executor.awaitReady(START_TIMEOUT, this::executorAnswersBeat);
  }

  private void startAdmin() throws IOException {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-Dtempora.data-dir=" + dataDir,
        "-Dtempora.registry.dead-after=" + DEAD_AFTER,
        "-Dtempora.admin.refused-calls-per-minute=" + REFUSED_CALLS_PER_MINUTE,
        "-Dtempora.retention.sweep=" + RETENTION_SWEEP,
        "-Dtempora.alarm.smtp.host=127.0.0.1", "-Dtempora.alarm.smtp.port=" + SMTP_PORT,
        "-Dtempora.alarm.smtp.from=tempora@system-test.example", "-Dtempora.alarm.smtp.timeout=PT3S"));
    command.addAll(database.adminProperties());
    command.addAll(payaraMicro(artifacts.adminWar(), ADMIN_PORT, "payara-admin"));
    admin = ServerProcess.start("admin", command, artifacts.logDir().resolve("admin.log"));
    // 401 without a token means the API is deployed and guarded; anything else is still starting
    admin.awaitReady(START_TIMEOUT,
        () -> status(adminUri().resolve("/api/v1/executor-groups"), "GET") == 401);
    apiToken = readSecret("admin-api-token");
  }

  private List<String> payaraMicro(Path war, int port, String rootDir) throws IOException {
    return artifacts.payaraMicro(war, port, dataDir.resolve(rootDir));
  }

  private int status(URI uri, String method) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private boolean executorAnswersBeat() throws IOException, InterruptedException {
    HttpRequest beat = HttpRequest.newBuilder(URI.create(executorAddress() + "beat"))
        .timeout(Duration.ofSeconds(5))
        .header(ProtocolHeaders.ACCESS_TOKEN, accessToken())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
    HttpResponse<String> answer = http.send(beat, HttpResponse.BodyHandlers.ofString());
    return answer.statusCode() == 200 && answer.body().replace(" ", "").contains("\"code\":200");
  }

  private String readSecret(String name) {
    try {
      return Files.readString(dataDir.resolve("secrets").resolve(name), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("the admin should have written secrets/" + name, e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the test SMTP server", e);
    }
  }

  private static void requireFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException("port " + port + " is taken; is another Tempora still running?", e);
    }
  }

  @Override
  public void close() {
    stopExecutor();
    if (admin != null) {
      admin.close();
      admin = null;
    }
    deleteRecursively(dataDir);
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temp directory is harmless; the next run uses a new one
    }
  }
}
