package io.tempora.executor.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child process with everything it started: its descendants, taken before anything is killed
 * (children re-parent once their parent dies), and on Linux every process of the session it leads,
 * which also finds grandchildren whose parent had already exited.
 */
final class ProcessTree {

  private static final Path PROC = Path.of("/proc");

  private final ProcessHandle root;

  private ProcessTree(ProcessHandle root) {
    this.root = root;
  }

  static ProcessTree of(Process process) {
    return new ProcessTree(process.toHandle());
  }

  /** SIGTERM to all, SIGKILL after {@code grace} to whatever is left or was started meanwhile. */
  void destroy(Duration grace) {
    Set<ProcessHandle> doomed = members();
    doomed.forEach(ProcessHandle::destroy);
    try {
      CompletableFuture.allOf(doomed.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
          .get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // some ignored SIGTERM
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    doomed.addAll(members());
    doomed.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private Set<ProcessHandle> members() {
    Set<ProcessHandle> members = new LinkedHashSet<>();
    root.descendants().forEach(members::add);
    if (Files.isDirectory(PROC)) {
      ProcessHandle.allProcesses()
          .filter(process -> process.pid() != root.pid() && sessionOf(process.pid()).orElse(-1L) == root.pid())
          .forEach(members::add);
    }
    if (root.isAlive()) {
      members.add(root);
    }
    return members;
  }

  /** The session id from {@code /proc/<pid>/stat}: the fourth field after the command's parenthesis. */
  static Optional<Long> sessionOf(long pid) {
    try {
      String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Optional.of(Long.parseLong(fields[3]));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
