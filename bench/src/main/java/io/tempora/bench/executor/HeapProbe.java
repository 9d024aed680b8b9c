package io.tempora.bench.executor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The used heap of another JVM right after a full GC, through {@code jcmd GC.run} and {@code GC.heap_info}. */
final class HeapProbe {

  // G1: " garbage-first heap   total 393216K, used 45678K [...]"; Serial/Parallel print one such line per generation
  private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

  private final long pid;
  private final String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();

  HeapProbe(long pid) {
    this.pid = pid;
  }

  /** The lower of two GC-then-measure samples, in bytes, so a collection racing a late allocation does not count. */
  long usedAfterFullGc() throws IOException, InterruptedException {
    long least = Long.MAX_VALUE;
    for (int sample = 0; sample < 2; sample++) {
      jcmd("GC.run");
      least = Math.min(least, used(jcmd("GC.heap_info")));
    }
    return least;
  }

  /** The first {@code classes} rows of {@code jcmd GC.class_histogram} (live objects: it collects first). */
  String histogram(int classes) throws IOException, InterruptedException {
    String[] lines = jcmd("GC.class_histogram").split("\n");
    // line 0 is the pid, 1 and 2 the column heads
    return String.join("\n", Arrays.asList(lines).subList(0, Math.min(lines.length, classes + 3)));
  }

  private static long used(String heapInfo) {
    Matcher matcher = USED.matcher(heapInfo);
    long kilobytes = 0;
    boolean found = false;
    while (matcher.find()) {
      kilobytes += Long.parseLong(matcher.group(1));
      found = true;
    }
    if (!found) {
      throw new IllegalStateException("no used heap in jcmd GC.heap_info output:\n" + heapInfo);
    }
    return kilobytes * 1024;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + output);
    }
    return output;
  }
}
