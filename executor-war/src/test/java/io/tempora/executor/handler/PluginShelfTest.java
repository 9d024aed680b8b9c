package io.tempora.executor.handler;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import io.tempora.handler.RunLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginShelfTest {

  @TempDir Path plugins;
  @TempDir Path copies;
  @TempDir Path work;

  @Test
  void findsEveryHandlerOfAPluginJarByName() throws Exception {
    Files.copy(basicHandlersJar(), plugins.resolve("basic-handlers.jar"));
    try (PluginShelf shelf = loaded()) {
      assertThat(shelf.names()).containsExactlyInAnyOrder("echo", "sleep", "fail", "http-get");
      assertThat(shelf.find("nope")).isEmpty();
      assertThat(shelf.find(null)).isEmpty();
    }
  }

  @Test
  void runsAHandlerWithItsPluginLoaderAsContextLoader() throws Exception {
    Files.copy(basicHandlersJar(), plugins.resolve("basic-handlers.jar"));
    List<String> lines = new ArrayList<>();
    List<ClassLoader> seen = new ArrayList<>();
    RunLog log = line -> {
      lines.add(line);
      seen.add(Thread.currentThread().getContextClassLoader());
    };
    try (PluginShelf shelf = loaded()) {
      PluginHandler echo = shelf.find("echo").orElseThrow();
      HandlerResult result = echo.handle(context("hi", log));
      echo.release();
      assertThat(result).isEqualTo(HandlerResult.success("hi"));
      assertThat(lines).singleElement().asString().contains("hi");
      assertThat(seen.get(0)).isNotSameAs(PluginShelfTest.class.getClassLoader());
    }
  }

  @Test
  void anEmptyDirectoryGivesNoHandlersAndABrokenJarIsSkipped() throws Exception {
    Files.writeString(plugins.resolve("broken.jar"), "not a zip");
    try (PluginShelf shelf = loaded()) {
      assertThat(shelf.names()).isEmpty();
    }
  }

  @Test
  void aJarAddedWhileRunningIsLoadedOnceItLooksTheSameInTwoScans() throws Exception {
    Path journal = work.resolve("journal");
    try (PluginShelf shelf = loaded()) {
      PluginJars.greeter(plugins.resolve("greeter.jar"), "greet", "v1", journal);

      shelf.rescan();
      assertThat(shelf.find("greet")).isEmpty();
      shelf.rescan();
      assertThat(run(shelf, "greet")).isEqualTo("v1");
      assertThat(PluginJars.journal(journal)).containsExactly("init v1");
    }
    assertThat(PluginJars.journal(journal)).containsExactly("init v1", "destroy v1");
  }

  @Test
  void aReplacedJarServesNewRunsWhileTheOldVersionIsDestroyedOnlyAfterItsLastRunEnds() throws Exception {
    Path journal = work.resolve("journal");
    PluginJars.greeter(plugins.resolve("greeter.jar"), "greet", "v1", journal);
    try (PluginShelf shelf = loaded()) {
      PluginHandler running = shelf.find("greet").orElseThrow();

      PluginJars.greeter(plugins.resolve("greeter.jar"), "greet", "v2", journal);
      shelf.rescan();
      shelf.rescan();

      assertThat(run(shelf, "greet")).isEqualTo("v2");
      assertThat(running.handle(context("", line -> {})).message()).isEqualTo("v1");
      assertThat(PluginJars.journal(journal)).containsExactly("init v1", "init v2");
      running.release();
      assertThat(PluginJars.journal(journal)).containsExactly("init v1", "init v2", "destroy v1");
      assertThat(copies).isDirectoryNotContaining(copy -> copy.getFileName().toString().startsWith("1-"));
    }
  }

  @Test
  void aRemovedJarsHandlersDisappearAndItIsDestroyedAfterItsRunningRun() throws Exception {
    Path journal = work.resolve("journal");
    PluginJars.greeter(plugins.resolve("greeter.jar"), "greet", "v1", journal);
    try (PluginShelf shelf = loaded()) {
      PluginHandler running = shelf.find("greet").orElseThrow();

      Files.delete(plugins.resolve("greeter.jar"));
      shelf.rescan();

      assertThat(shelf.find("greet")).isEmpty();
      assertThat(shelf.names()).isEmpty();
      assertThat(PluginJars.journal(journal)).containsExactly("init v1");
      running.release();
      assertThat(PluginJars.journal(journal)).containsExactly("init v1", "destroy v1");
    }
  }

  @Test
  void theLoaderReadsAPrivateCopySoTheOriginalMayBeOverwritten() throws Exception {
    Path journal = work.resolve("journal");
    PluginJars.greeter(plugins.resolve("greeter.jar"), "greet", "v1", journal);
    try (PluginShelf shelf = loaded()) {
      Files.writeString(plugins.resolve("greeter.jar"), "being overwritten");

      assertThat(run(shelf, "greet")).isEqualTo("v1");
      assertThat(copies).isDirectoryContaining(copy -> copy.getFileName().toString().endsWith("greeter.jar"));
    }
  }

  private PluginShelf loaded() {
    PluginShelf shelf = new PluginShelf(plugins, copies, PluginShelfTest.class.getClassLoader());
    shelf.load();
    return shelf;
  }

  private static String run(PluginShelf shelf, String name) throws Exception {
    PluginHandler handler = shelf.find(name).orElseThrow();
    try {
      return handler.handle(context("", line -> {})).message();
    } finally {
      handler.release();
    }
  }

  private static Path basicHandlersJar() {
    Path jar = Path.of(System.getProperty("basic.handlers.jar", "target/it-plugins/basic-handlers.jar"));
    assertThat(jar).as("the basic-handlers plugin, copied by the build").exists();
    return jar;
  }

  private static RunContext context(String params, RunLog log) {
    return new RunContext() {
      public long runId() { return 1; }
      public long jobId() { return 1; }
      public String params() { return params; }
      public int shardIndex() { return 0; }
      public int shardTotal() { return 1; }
      public RunLog log() { return log; }
    };
  }
}
