package io.tempora.systemtest.servers;

import io.tempora.client.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two admin nodes ({@code node-a}, {@code node-b}) and one executor sharing a data directory, on a
 * MariaDB of the test's own. Each admin can be killed, stopped and started again; so can the database.
 */
public final class ClusterServers implements AutoCloseable {

  public static final String EXECUTOR_APP = "cluster-test";
  public static final List<String> NODES = List.of("node-a", "node-b");
  private static final Map<String, Integer> ADMIN_PORTS = Map.of("node-a", 28080, "node-b", 28081);
  private static final int EXECUTOR_PORT = 29999;
  private static final int DATABASE_PORT = 23306;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

  private final Artifacts artifacts;
  private final Path dataDir;
  private final OwnMariaDb database;
  private final Map<String, ServerProcess> admins = new HashMap<>();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(3)).build();
  private ServerProcess executor;

  private ClusterServers(Artifacts artifacts, Path dataDir, OwnMariaDb database) {
    this.artifacts = artifacts;
    this.dataDir = dataDir;
    this.database = database;
  }

  public static ClusterServers start() throws IOException, InterruptedException {
    Artifacts artifacts = Artifacts.fromSystemProperties();
    Path dataDir = Files.createTempDirectory("tempora-cluster-");
    OwnMariaDb database = OwnMariaDb.create(dataDir.resolve("mariadb"), DATABASE_PORT);
    ClusterServers cluster = new ClusterServers(artifacts, dataDir, database);
    try {
      Path plugins = Files.createDirectories(dataDir.resolve("executor/plugins"));
      RecordingPlugin.build(plugins.resolve("recording.jar"), cluster.journal());
      // node-a writes the shared secrets first; the others then start side by side
      cluster.startAdmin("node-a");
      cluster.launchAdmin("node-b");
      cluster.launchExecutor();
      cluster.awaitAdmin("node-b");
      cluster.awaitExecutor();
    } catch (RuntimeException | IOException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  /** The executor's record of every run it executed, one id a line. */
  public Path journal() {
    return dataDir.resolve("executed-runs.txt");
  }

  public OwnMariaDb database() {
    return database;
  }

  public URI adminUri(String node) {
    return URI.create("http://127.0.0.1:" + ADMIN_PORTS.get(node));
  }

  public ApiClient apiClient(String node) {
    ApiClient client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(3)), ApiClient.createDefaultObjectMapper(), adminUri(node).toString());
    client.setReadTimeout(Duration.ofSeconds(30));
    String token = readSecret("admin-api-token");
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }

  /** A GET with the API token, answered as it comes (status and body), for asserting on error answers. */
  public HttpResponse<String> get(String node, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(adminUri(node).resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + readSecret("admin-api-token")).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public void startAdmin(String node) throws IOException {
    launchAdmin(node);
    awaitAdmin(node);
  }

  private void launchAdmin(String node) throws IOException {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-Dtempora.data-dir=" + dataDir,
        "-Dtempora.admin.node-id=" + node));
    command.addAll(database.adminProperties());
    command.addAll(payaraMicro(artifacts.adminWar(), ADMIN_PORTS.get(node), "payara-" + node));
    admins.put(node, ServerProcess.start(node, command, artifacts.logDir().resolve(node + ".log")));
  }

  private void awaitAdmin(String node) {
    admins.get(node).awaitReady(START_TIMEOUT, () -> status(adminUri(node).resolve("/api/v1/executor-groups")) == 401);
  }

  /** kill -9. */
  public void killAdmin(String node) {
    admins.remove(node).kill();
  }

  /** SIGTERM, waiting for the node to finish its shutdown. */
  public void stopAdmin(String node) {
    admins.remove(node).close();
  }

  public String adminLogTail(String node) {
    ServerProcess admin = admins.get(node);
    return admin == null ? "(not running)" : admin.tail();
  }

  private void launchExecutor() throws IOException {
    String adminAddresses = String.join(",", NODES.stream().map(node -> adminUri(node).toString()).toList());
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-Dtempora.data-dir=" + dataDir,
        "-Dtempora.executor.app-name=" + EXECUTOR_APP,
        "-Dtempora.executor.admin-addresses=" + adminAddresses,
        "-Dtempora.executor.address=http://127.0.0.1:" + EXECUTOR_PORT + "/",
        "-Dtempora.executor.beat-interval=PT2S"));
    command.addAll(payaraMicro(artifacts.executorWar(), EXECUTOR_PORT, "payara-executor"));
    executor = ServerProcess.start("executor", command, artifacts.logDir().resolve("cluster-executor.log"));
  }

  private void awaitExecutor() {
    executor.awaitReady(START_TIMEOUT, () -> status(URI.create("http://127.0.0.1:" + EXECUTOR_PORT + "/beat"), "POST") == 200);
  }

  private List<String> payaraMicro(Path war, int port, String rootDir) throws IOException {
    return artifacts.payaraMicro(war, port, dataDir.resolve(rootDir));
  }

  private int status(URI uri) throws IOException, InterruptedException {
    return status(uri, "GET");
  }

  private int status(URI uri, String method) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
    if (method.equals("POST")) {
      request.header("XXL-JOB-ACCESS-TOKEN", readSecret("access-token")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}"));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String readSecret(String name) {
    try {
      return Files.readString(dataDir.resolve("secrets").resolve(name), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void close() throws InterruptedException {
    if (executor != null) {
      executor.close();
    }
    admins.values().forEach(ServerProcess::close);
    admins.clear();
    database.close();
    try (var paths = Files.walk(dataDir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
