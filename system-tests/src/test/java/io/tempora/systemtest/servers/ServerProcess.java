package io.tempora.systemtest.servers;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** One Payara Micro JVM with its output in a log file; stopping it ends its whole process tree. */
public final class ServerProcess implements AutoCloseable {

  private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);
  private static final int TAIL_LINES = 80;

  private final String name;
  private final Process process;
  private final Path log;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static ServerProcess start(String name, List<String> command, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new ServerProcess(name, process, log);
  }

  /** Waits until {@code ready} holds; a process that exits first or a timeout fails with the log's tail. */
  public void awaitReady(Duration timeout, Callable<Boolean> ready) {
    try {
      await(name + " ready")
          .atMost(timeout)
          .pollInterval(Duration.ofSeconds(1))
          .ignoreExceptions()
          .failFast(name + " exited during start-up", () -> !process.isAlive())
          .until(ready);
    } catch (ConditionTimeoutException | TerminalFailureException e) {
      close();
      throw new IllegalStateException(
          name + " did not start within " + timeout + " (" + e.getMessage() + "); last lines of " + log
              + ":\n" + tail(),
          e);
    }
  }

  /** The exit status once the process has ended by itself within {@code timeout}; -1 while it still runs. */
  public int exitStatusWithin(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  /** SIGKILL, as a crash or an OOM killer would: no shutdown hook runs. */
  public void kill() {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGTERM first so the server shuts down as in production (the executor deregisters), then force. */
  @Override
  public void close() {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
