package io.tempora.bench.executor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's one-minute load average, lowest and highest seen: rates measured on a shared 2-core
 * machine mean little without it.
 */
final class LoadAverage {

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  private double least = Double.MAX_VALUE;
  private double most;

  /** Takes a sample; NaN where the platform has no {@code /proc/loadavg}. */
  synchronized double sample() {
    try {
      double now = Double.parseDouble(Files.readString(LOADAVG).split(" ")[0]);
      least = Math.min(least, now);
      most = Math.max(most, now);
      return now;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  synchronized String range() {
    return most == 0 && least == Double.MAX_VALUE ? "unknown" : String.format("%.1f–%.1f", least, most);
  }
}
