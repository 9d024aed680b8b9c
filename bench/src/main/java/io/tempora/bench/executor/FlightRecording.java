package io.tempora.bench.executor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A Java Flight Recording of the executor during phase 1 ({@code --jfr FILE}), started and stopped with
 * {@code jcmd}, so the cost of each step of the hot path can be read from it ({@code jfr print}, JMC).
 */
final class FlightRecording {

  private static final String NAME = "bench-executor";

  private final long pid;
  private final Path file;
  private final String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();

  FlightRecording(long pid, Path file) {
    this.pid = pid;
    this.file = file.toAbsolutePath();
  }

  void start() throws IOException, InterruptedException {
    jcmd("JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
  }

  void stop() throws IOException, InterruptedException {
    jcmd("JFR.stop", "name=" + NAME);
  }

  Path file() {
    return file;
  }

  private void jcmd(String... command) throws IOException, InterruptedException {
    String[] line = new String[command.length + 2];
    line[0] = jcmd;
    line[1] = String.valueOf(pid);
    System.arraycopy(command, 0, line, 2, command.length);
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
    }
  }
}
