package io.tempora.systemtest.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the things under test are. The build passes the paths as system properties; the defaults let a
 * test run from an IDE with the module directory as working directory.
 */
public record Artifacts(Path adminWar, Path executorWar, Path pluginJar, Path payaraMicro, Path logDir) {

  public static Artifacts fromSystemProperties() {
    Artifacts artifacts =
        new Artifacts(
            path("tempora.st.admin-war", "../admin-war/target/admin.war"),
            path("tempora.st.executor-war", "../executor-war/target/executor.war"),
            path("tempora.st.plugin-jar", "../plugins/basic-handlers/target/basic-handlers.jar"),
            path("tempora.st.payara-micro", "../target/runtime/payara-micro.jar"),
            path("tempora.st.log-dir", "target/servers"));
    artifacts.requireExisting();
    return artifacts;
  }

  private void requireExisting() {
    List<Path> missing =
        List.of(adminWar, executorWar, pluginJar, payaraMicro).stream().filter(p -> !Files.isRegularFile(p)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Build these first (mvn install at the root): " + missing);
    }
  }

  private static Path path(String property, String fallback) {
    return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
  }
}
