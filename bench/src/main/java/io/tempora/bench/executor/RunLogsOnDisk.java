package io.tempora.bench.executor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the executor's run logs take on disk: files (inodes), blocks allocated and bytes of content,
 * through {@code du} because Java does not tell allocated blocks.
 */
record RunLogsOnDisk(long files, long allocatedBytes, long contentBytes) {

  static RunLogsOnDisk of(Path logsDir) throws IOException, InterruptedException {
    if (!Files.isDirectory(logsDir)) {
      return new RunLogsOnDisk(0, 0, 0);
    }
    long files;
    try (Stream<Path> tree = Files.walk(logsDir)) {
      files = tree.filter(Files::isRegularFile).count();
    }
    return new RunLogsOnDisk(files, du(logsDir, "-B1"), du(logsDir, "--apparent-size", "-B1"));
  }

  /** Bytes scaled to 1M runs; files are not, a store per day holds any number of runs. */
  String perMillionRuns(long runs) {
    double scale = 1_000_000.0 / runs;
    return String.format("%,d files, %.1f MB allocated, %.1f MB of content for %,d runs = %.2f GB allocated per 1M runs",
        files, allocatedBytes / 1e6, contentBytes / 1e6, runs, allocatedBytes * scale / 1e9);
  }

  private static long du(Path dir, String... flags) throws IOException, InterruptedException {
    String[] command = Stream.concat(Stream.of("du", "-s"), Stream.concat(Stream.of(flags), Stream.of(dir.toString())))
        .toArray(String[]::new);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
    return Long.parseLong(output.split("\\s+")[0]);
  }
}
