package io.tempora.systemtest.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A plugin jar, built by the test, whose handler {@code record} appends the id of every run it executes
 * to a journal: the executor's own record of what ran, to hold against the admin's.
 */
public final class RecordingPlugin {

  public static final String HANDLER = "record";

  private static final String SOURCE = """
      package cluster;

      import io.tempora.handler.Handler;
      import io.tempora.handler.HandlerResult;
      import io.tempora.handler.RunContext;
      import java.nio.ByteBuffer;
      import java.nio.channels.FileChannel;
      import java.nio.charset.StandardCharsets;
      import java.nio.file.Path;
      import java.nio.file.StandardOpenOption;

      public class Record implements Handler {
        private FileChannel journal;
        public String name() { return "record"; }
        public synchronized void init() throws Exception {
          journal = FileChannel.open(Path.of("%s"), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        public void destroy() throws Exception { journal.close(); }
        public HandlerResult handle(RunContext run) throws Exception {
          ByteBuffer line = ByteBuffer.wrap((run.runId() + "\\n").getBytes(StandardCharsets.US_ASCII));
          synchronized (this) {
            journal.write(line);
          }
          return HandlerResult.success("recorded");
        }
      }
      """;

  private RecordingPlugin() {}

  public static void build(Path jar, Path journal) throws IOException {
    Path work = Files.createTempDirectory("recording-plugin-");
    Path source = work.resolve("cluster/Record.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE.formatted(journal.toAbsolutePath().toString()));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, null,
        "-classpath", System.getProperty("java.class.path"), "-d", work.resolve("classes").toString(), source.toString());
    if (status != 0) {
      throw new IllegalStateException("the recording plugin does not compile");
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("cluster/Record.class"));
      out.write(Files.readAllBytes(work.resolve("classes/cluster/Record.class")));
      out.closeEntry();
      out.putNextEntry(new JarEntry("META-INF/services/io.tempora.handler.Handler"));
      out.write("cluster.Record\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }
}
