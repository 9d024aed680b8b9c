package io.tempora.bench.cron;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU seconds a process has used so far (user + system, from {@code /proc/<pid>/stat}), for the
 * processes the benchmark is about: the admin and executor started by {@code ./tempora start} (their
 * pid files) and MariaDB.
 */
final class ProcessCpu {

  private static final double TICKS_PER_SECOND = 100.0;

  private ProcessCpu() {}

  static Map<String, Long> pids(Path dataDir) {
    Map<String, Long> pids = new LinkedHashMap<>();
    pidFile(dataDir.resolve("run/admin.pid")).ifPresent(pid -> pids.put("admin", pid));
    pidFile(dataDir.resolve("run/executor.pid")).ifPresent(pid -> pids.put("executor", pid));
    ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
        .findFirst()
        .ifPresent(p -> pids.put("mariadb", p.pid()));
    return pids;
  }

  static Map<String, Double> seconds(Map<String, Long> pids) {
    Map<String, Double> used = new LinkedHashMap<>();
    pids.forEach((name, pid) -> cpuSeconds(pid).ifPresent(seconds -> used.put(name, seconds)));
    return used;
  }

  private static Optional<Double> cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Optional.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> pidFile(Path file) {
    try {
      return Optional.of(Long.parseLong(Files.readString(file).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
