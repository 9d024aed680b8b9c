package io.tempora.executor.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tempora.handler.HandlerResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChildProcessesTest {

  private final ChildProcesses processes = new ChildProcesses(Thread::new);
  private final ExecutorService runner = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    runner.shutdownNow();
  }

  @Test
  void streamsStdoutAndStderrIntoTheLogAndReturnsTheExitCode() throws Exception {
    RecordingRun run = RecordingRun.of("");
    int exit = processes.run(List.of("bash", "-c", "echo out; echo err >&2; exit 3"), Map.of(), run);
    assertThat(exit).isEqualTo(3);
    assertThat(run.lines()).containsExactlyInAnyOrder("out", "err");
  }

  @Test
  void givesTheChildTheRunAsEnvironment() throws Exception {
    RecordingRun run = RecordingRun.of("a b");
    processes.run(List.of("bash", "-c", "echo \"$TEMPORA_PARAMS|$TEMPORA_SHARD_INDEX|$TEMPORA_SHARD_TOTAL|$TEMPORA_RUN_ID|$TEMPORA_JOB_ID\""),
        ChildProcesses.environment(run), run);
    assertThat(run.lines()).containsExactly("a b|1|3|41|7");
  }

  @Test
  void exitCodeZeroIsSuccessAnythingElseAFailureNamingIt() {
    assertThat(ChildProcesses.resultOf("script", 0).succeeded()).isTrue();
    assertThat(ChildProcesses.resultOf("script", 2)).isEqualTo(HandlerResult.failure("script exited with code 2"));
  }

  @Test
  void anInterruptEndsTheScriptAndEveryProcessItStartedInTheBackground() throws Exception {
    String marker = "31" + System.nanoTime() % 1_000_000;
    RecordingRun run = RecordingRun.of("");
    String script = "trap '' TERM; sleep 300." + marker + " & bash -c 'sleep 301." + marker + "; true' & echo started; wait";
    Future<Integer> running = runner.submit(() -> processes.run(List.of("bash", "-c", script), Map.of(), run));
    await().atMost(Duration.ofSeconds(10)).until(() -> run.lines().contains("started") && processesWith(marker) == 4);

    running.cancel(true);

    await().atMost(Duration.ofSeconds(10)).until(() -> processesWith(marker) == 0);
  }

  @Test
  void anInterruptedRunEndsWithInterruptedException() {
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    Future<Integer> running = runner.submit(() -> {
      thread.complete(Thread.currentThread());
      return processes.run(List.of("sleep", "30"), Map.of(), RecordingRun.of(""));
    });
    await().until(thread::isDone);
    thread.join().interrupt();
    assertThatThrownBy(running::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(InterruptedException.class);
  }

  static long processesWith(String marker) {
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().orElse("").contains(marker))
        .count();
  }
}
