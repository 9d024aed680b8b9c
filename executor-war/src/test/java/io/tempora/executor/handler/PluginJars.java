package io.tempora.executor.handler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars in a test: one handler class, compiled against the handler SPI on the test
 * class path, and its service file. The handler answers every run with a fixed message and writes
 * {@code init <message>} and {@code destroy <message>} lines to a journal file.
 */
public final class PluginJars {

  private static final String SOURCE = """
      package plugin;

      import io.tempora.handler.Handler;
      import io.tempora.handler.HandlerResult;
      import io.tempora.handler.RunContext;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import java.nio.file.StandardOpenOption;

      public class Greeter implements Handler {
        public String name() { return "%s"; }
        public void init() throws Exception { journal("init %s"); }
        public void destroy() throws Exception { journal("destroy %s"); }
        public HandlerResult handle(RunContext context) { return HandlerResult.success("%s"); }

        private static void journal(String line) throws Exception {
          Files.writeString(Path.of("%s"), line + "\\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
      }
      """;

  private PluginJars() {}

  /** Writes the jar to a temporary file beside {@code jar} first, then moves it into place. */
  public static Path greeter(Path jar, String handlerName, String message, Path journal) throws IOException {
    Path work = Files.createTempDirectory("plugin-src-");
    Path source = work.resolve("plugin/Greeter.java");
    Files.createDirectories(source.getParent());
    String journalPath = journal.toAbsolutePath().toString().replace("\\", "\\\\");
    Files.writeString(source, SOURCE.formatted(handlerName, message, message, message, journalPath));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, null,
        "-classpath", System.getProperty("java.class.path"), "-d", work.resolve("classes").toString(), source.toString());
    assertThat(status).as("the test plugin compiles").isZero();

    Path written = Files.createTempFile(jar.toAbsolutePath().getParent(), "building-", ".tmp");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(written))) {
      add(out, "plugin/Greeter.class", Files.readAllBytes(work.resolve("classes/plugin/Greeter.class")));
      add(out, "META-INF/services/io.tempora.handler.Handler", "plugin.Greeter\n".getBytes(StandardCharsets.UTF_8));
    }
    return Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static List<String> journal(Path journal) throws IOException {
    return Files.exists(journal) ? Files.readAllLines(journal) : List.of();
  }

  private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(content);
    out.closeEntry();
  }
}
