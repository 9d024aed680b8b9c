package io.tempora.systemtest.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the things under test are. The build passes the paths as system properties; the defaults let a
 * test run from an IDE with the module directory as working directory.
 */
public record Artifacts(Path adminWar, Path executorWar, Path pluginJar, Path payaraMicro, Path logDir, Path launcher) {

  public static Artifacts fromSystemProperties() {
    Artifacts artifacts =
        new Artifacts(
            path("tempora.st.admin-war", "../admin-war/target/admin.war"),
            path("tempora.st.executor-war", "../executor-war/target/executor.war"),
            path("tempora.st.plugin-jar", "../plugins/basic-handlers/target/basic-handlers.jar"),
            path("tempora.st.payara-micro", "../target/runtime/payara-micro.jar"),
            path("tempora.st.log-dir", "target/servers"),
            path("tempora.st.launcher", "../tempora"));
    artifacts.requireExisting();
    return artifacts;
  }

  private void requireExisting() {
    List<Path> missing =
        List.of(adminWar, executorWar, pluginJar, payaraMicro, launcher).stream().filter(p -> !Files.isRegularFile(p)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Build these first (mvn install at the root): " + missing);
    }
  }

  private static Path path(String property, String fallback) {
    return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
  }

  /**
   * The arguments after {@code java [options]} that start Payara Micro with {@code war} on {@code port},
   * in a fresh root directory: Payara Micro remembers the applications deployed under a root directory and
   * would deploy the WAR twice on a restart, answering HTTP 500 in between. The server starts with the
   * settings {@code ./tempora start} gives it (loopback only, no /metrics).
   */
  public List<String> payaraMicro(Path war, int port, Path root) throws java.io.IOException {
    if (java.nio.file.Files.exists(root)) {
      try (var paths = java.nio.file.Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(path);
        }
      }
    }
    return List.of("-jar", payaraMicro().toString(), "--deploy", war.toString(),
        "--contextroot", "/", "--port", Integer.toString(port), "--nohazelcast", "--disablephonehome",
        "--rootdir", root.toString(), "--prebootcommandfile", launcherPreboot(root).toString());
  }

  private Path launcherPreboot(Path root) throws java.io.IOException {
    Path commands = root.resolveSibling(root.getFileName() + ".asadmin");
    ProcessBuilder preboot = new ProcessBuilder("bash", launcher.toString(), "preboot")
        .redirectOutput(commands.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
    preboot.environment().put("TEMPORA_DATA_DIR", root.getParent().toString());
    preboot.environment().remove("TEMPORA_BIND_ADDRESS");
    preboot.environment().remove("TEMPORA_METRICS");
    try {
      if (preboot.start().waitFor() != 0) {
        throw new IllegalStateException(launcher + " preboot failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while asking " + launcher + " for its Payara settings");
    }
    return commands;
  }
}
