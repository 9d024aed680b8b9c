package io.tempora.executor.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tempora.executor.process.RecordingRun;
import io.tempora.handler.HandlerResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class JavaScriptKindTest {

  private static final JavaScriptEngine ENGINE = new JavaScriptEngine();
  private static final ScheduledExecutorService WATCHES = Executors.newSingleThreadScheduledExecutor();
  private static final long ALLOCATION_LIMIT = 64L << 20;
  private final JavaScriptKind kind = new JavaScriptKind(ENGINE, WATCHES, ALLOCATION_LIMIT);

  @AfterAll
  static void close() {
    WATCHES.shutdownNow();
    ENGINE.close();
  }

  @Test
  void theScriptSeesTheRunAndWritesToItsLog() throws Exception {
    RecordingRun run = RecordingRun.of("p1");
    HandlerResult result = kind.run(js("""
        tempora.log('params=' + tempora.params + ' shard=' + tempora.shardIndex + '/' + tempora.shardTotal);
        console.log('run ' + tempora.runId + ' of job ' + tempora.jobId);
        'done';
        """), run);
    assertThat(result).isEqualTo(HandlerResult.success("done"));
    assertThat(run.lines()).containsExactly("params=p1 shard=1/3", "run 41 of job 7");
  }

  @Test
  void aThrownErrorOrFalseFailsTheRun() throws Exception {
    RecordingRun run = RecordingRun.of("");
    assertThat(kind.run(js("throw new Error('disk full')"), run)).isEqualTo(HandlerResult.failure("Error: disk full"));
    assertThat(run.text()).contains("script threw Error: disk full");
    assertThat(kind.run(js("false"), run).succeeded()).isFalse();
  }

  @Test
  void aScriptThatKeepsAllocatingIsStoppedAtItsLimitAndTheRunFailsSayingSo() throws Exception {
    RecordingRun run = RecordingRun.of("");
    HandlerResult result = kind.run(js("const kept = []; while (true) { kept.push(new Array(10000).fill(1)); }"), run);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.message()).isEqualTo("the script allocated more than 64 MiB"
        + " (tempora.executor.js-allocation-limit-mib) and was stopped");
    assertThat(run.text()).contains("allocated more than 64 MiB");
  }

  @Test
  void aScriptWithinItsAllocationLimitIsNotStopped() throws Exception {
    HandlerResult result = kind.run(js("let n = 0; for (let i = 0; i < 1000; i++) { n += new Array(100).fill(1).length; } 'n=' + n"),
        RecordingRun.of(""));
    assertThat(result).isEqualTo(HandlerResult.success("n=100000"));
  }

  @Test
  void theScriptHasNoHostAccess() throws Exception {
    HandlerResult result = kind.run(js("Java.type('java.lang.System').exit(1)"), RecordingRun.of(""));
    assertThat(result.succeeded()).isFalse();
  }

  @Test
  void anInterruptStopsAnEndlessLoop() throws Exception {
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      CompletableFuture<Thread> thread = new CompletableFuture<>();
      RecordingRun run = RecordingRun.of("");
      Future<HandlerResult> running = runner.submit(() -> {
        thread.complete(Thread.currentThread());
        return kind.run(js("tempora.log('looping'); while (true) {}"), run);
      });
      await().until(() -> run.lines().contains("looping"));
      await().pollDelay(Duration.ofMillis(500)).until(() -> true);
      thread.join().interrupt();
      await().atMost(Duration.ofSeconds(5)).until(running::isDone);
      assertThatThrownBy(running::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(InterruptedException.class);
      Future<HandlerResult> next = runner.submit(() -> kind.run(js("'after the loop'"), RecordingRun.of("")));
      assertThat(next.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(HandlerResult.success("after the loop"));
    } finally {
      runner.shutdownNow();
    }
  }

  private static Source js(String code) {
    return Source.create("js", code);
  }
}
