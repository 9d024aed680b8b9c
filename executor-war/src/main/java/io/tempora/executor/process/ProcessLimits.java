package io.tempora.executor.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resource limits a script process and everything it starts run under, set with util-linux's {@code
 * prlimit} before the interpreter starts: CPU seconds, address space, processes (counted per user, and
 * not enforced for root) and open files. Zero leaves a limit as the executor's own. Without {@code
 * prlimit} on the PATH, scripts run unlimited and {@link #missing()} says so.
 */
public record ProcessLimits(long cpuSeconds, long memoryMiB, long processes, long openFiles, Optional<Path> prlimit) {

  public static ProcessLimits of(long cpuSeconds, long memoryMiB, long processes, long openFiles) {
    return new ProcessLimits(cpuSeconds, memoryMiB, processes, openFiles, ChildProcesses.onPath("prlimit"));
  }

  /** The command line that runs {@code command} under these limits. */
  public List<String> wrap(List<String> command) {
    List<String> options = options();
    if (options.isEmpty() || prlimit.isEmpty()) {
      return command;
    }
    List<String> line = new ArrayList<>();
    line.add(prlimit.get().toString());
    line.addAll(options);
    line.add("--");
    line.addAll(command);
    return line;
  }

  /** True when limits are asked for but cannot be applied on this host. */
  public boolean missing() {
    return !options().isEmpty() && prlimit.isEmpty();
  }

  @Override
  public String toString() {
    return options().isEmpty() ? "none" : String.join(" ", options());
  }

  private List<String> options() {
    List<String> options = new ArrayList<>();
    if (cpuSeconds > 0) {
      options.add("--cpu=" + cpuSeconds);
    }
    if (memoryMiB > 0) {
      options.add("--as=" + memoryMiB * 1024 * 1024);
    }
    if (processes > 0) {
      options.add("--nproc=" + processes);
    }
    if (openFiles > 0) {
      options.add("--nofile=" + openFiles);
    }
    return options;
  }
}
