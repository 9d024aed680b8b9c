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

  @Test
  void findsEveryHandlerOfAPluginJarByName() throws Exception {
    Files.copy(basicHandlersJar(), plugins.resolve("basic-handlers.jar"));
    try (PluginShelf shelf = PluginShelf.load(plugins, PluginShelfTest.class.getClassLoader())) {
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
    try (PluginShelf shelf = PluginShelf.load(plugins, PluginShelfTest.class.getClassLoader())) {
      HandlerResult result = shelf.find("echo").orElseThrow().handle(context("hi", log));
      assertThat(result).isEqualTo(HandlerResult.success("hi"));
      assertThat(lines).singleElement().asString().contains("hi");
      assertThat(seen.get(0)).isNotSameAs(PluginShelfTest.class.getClassLoader());
    }
  }

  @Test
  void anEmptyDirectoryGivesNoHandlersAndABrokenJarIsSkipped() throws Exception {
    Files.writeString(plugins.resolve("broken.jar"), "not a zip");
    try (PluginShelf shelf = PluginShelf.load(plugins, PluginShelfTest.class.getClassLoader())) {
      assertThat(shelf.names()).isEmpty();
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
