package io.tempora.executor.process;

import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import io.tempora.handler.RunLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command line as a child process for one run and waits for it. The process starts in a session
 * of its own ({@code setsid}) where available, so children that outlive their parent are still found
 * when the run is stopped; an interrupt of the waiting thread (kill, timeout) ends the whole tree.
 */
public final class ChildProcesses {

  static final Duration KILL_GRACE = Duration.ofSeconds(2);
  /** How long output of background processes is still copied after the process itself exited. */
  static final Duration OUTPUT_DRAIN = Duration.ofSeconds(2);

  private final ThreadFactory threads;
  private final Optional<Path> setsid;

  public ChildProcesses(ThreadFactory threads) {
    this.threads = threads;
    this.setsid = onPath("setsid");
  }

  /**
   * @return the exit code
   * @throws InterruptedException once the process tree is gone, if the run was stopped meanwhile
   */
  public int run(List<String> command, Map<String, String> environment, RunLog log)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    setsid.ifPresent(path -> line.add(path.toString()));
    line.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    CountDownLatch drained = new CountDownLatch(1);
    threads.newThread(() -> copyLines(process, log, drained)).start();
    try {
      int exit = process.waitFor();
      if (!drained.await(OUTPUT_DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        log.log("(background processes still hold the output open; the rest of it is not logged)");
      }
      return exit;
    } catch (InterruptedException e) {
      log.log("----------- run stopped; ending process " + process.pid() + " and all its descendants");
      ProcessTree.of(process).destroy(KILL_GRACE);
      throw e;
    }
  }

  /** The environment every child process of a run gets besides the executor's own. */
  public static Map<String, String> environment(RunContext context) {
    return Map.of(
        "TEMPORA_PARAMS", context.params(),
        "TEMPORA_SHARD_INDEX", String.valueOf(context.shardIndex()),
        "TEMPORA_SHARD_TOTAL", String.valueOf(context.shardTotal()),
        "TEMPORA_RUN_ID", String.valueOf(context.runId()),
        "TEMPORA_JOB_ID", String.valueOf(context.jobId()));
  }

  /** Exit code 0 is success, anything else a failure naming the code. */
  public static HandlerResult resultOf(String what, int exit) {
    return exit == 0
        ? HandlerResult.success(what + " exited with code 0")
        : HandlerResult.failure(what + " exited with code " + exit);
  }

  /** Looks a program up the way a shell would, in the directories of {@code PATH}. */
  public static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(java.io.File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(directory, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static void copyLines(Process process, RunLog log, CountDownLatch drained) {
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        log.log(line);
      }
    } catch (IOException e) {
      // the process was destroyed while we read; its last lines are lost with it
    } finally {
      drained.countDown();
    }
  }
}
