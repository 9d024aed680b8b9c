package io.tempora.executor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.JobRequest;
import io.tempora.protocol.Reply;
import io.tempora.protocol.TriggerRequest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/** Every handler kind in the packaged executor, driven over HTTP; scripts must leave no process behind. */
class GlueIT {

  private static final String TOKEN = "glue-it-" + System.nanoTime();
  private static final AtomicLong NEXT_ID = new AtomicLong(5000);
  private static final long LOG_DATE = System.currentTimeMillis();

  private static FakeAdmin admin;
  private static PayaraExecutor executor;
  private static ExecutorClient client;

  @RegisterExtension
  static final TestWatcher SERVER_LOG_ON_FAILURE = ItServers.logOnFailure(() -> executor);

  @BeforeAll
  static void startExecutor() throws Exception {
    admin = new FakeAdmin(TOKEN);
    executor = PayaraExecutor.start(ItServers.newWorkDir("glue-"), admin.url(), TOKEN);
    client = new ExecutorClient(executor.url(), TOKEN);
    executor.awaitReady(client);
  }

  @AfterAll
  static void stopExecutor() throws Exception {
    ItServers.closeAll(executor, admin);
  }

  @Test
  void shellScriptGetsParamsAndShardAsArgumentsAndEnvironmentAndItsOutputIsLogged() throws Exception {
    String source = """
        echo "args: $1 $2 $3"
        echo "env: $TEMPORA_PARAMS $TEMPORA_SHARD_INDEX $TEMPORA_SHARD_TOTAL $TEMPORA_JOB_ID"
        echo "to stderr" >&2
        """;
    long logId = trigger(glue(101, "GLUE_SHELL", source, 1, "p1", 0).withShard(1, 2));
    assertThat(awaitCallback(logId)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(200, "script exited with code 0");
    assertThat(logOf(logId)).contains("args: p1 1 2").contains("env: p1 1 2 101").contains("to stderr");
    assertThat(executor.dataDir.resolve("executor/glue/101_1.sh")).isRegularFile();
  }

  @Test
  void pythonAndNodeScriptsRunByTheirInterpreters() throws Exception {
    long python = trigger(glue(102, "GLUE_PYTHON", "import sys, os\nprint('py', sys.argv[1:], os.environ['TEMPORA_SHARD_TOTAL'])", 1, "x", 0));
    long node = trigger(glue(103, "GLUE_NODEJS", "console.log('node ' + process.argv.slice(2).join(','))", 1, "y", 0));
    assertThat(awaitCallback(python).handleCode()).isEqualTo(200);
    assertThat(awaitCallback(node).handleCode()).isEqualTo(200);
    assertThat(logOf(python)).contains("py ['x', '0', '1'] 1");
    assertThat(logOf(node)).contains("node y,0,1");
  }

  @Test
  void phpAndPowerShellRunWhereInstalledAndFailClearlyWhereNot() throws Exception {
    assertInterpreter(104, "GLUE_PHP", "php", "<?php echo \"php says \" . $argv[1] . \"\\n\";", "php says z");
    assertInterpreter(105, "GLUE_POWERSHELL", "pwsh", "Write-Output \"pwsh says $($args[0])\"", "pwsh says z");
  }

  @Test
  void aLargeLogIsReadInPagesOfAtMostAThousandLinesAndEndsAfterTheLastPage() throws Exception {
    long logId = trigger(glue(112, "GLUE_SHELL", "for i in $(seq 1 2500); do echo \"line $i\"; done", 1, "", 0));
    awaitCallback(logId);

    var first = client.log(logId, LOG_DATE, 1);
    var second = client.log(logId, LOG_DATE, first.toLineNum() + 1);
    var third = client.log(logId, LOG_DATE, second.toLineNum() + 1);
    var last = third.isEnd() ? third : client.log(logId, LOG_DATE, third.toLineNum() + 1);

    assertThat(first.toLineNum() - first.fromLineNum() + 1).isEqualTo(1000);
    assertThat(first.isEnd()).isFalse();
    assertThat(first.logContent()).contains("line 1\n").doesNotContain("line 1500");
    assertThat(second.logContent()).contains("line 1500");
    assertThat(third.logContent() + last.logContent()).contains("line 2500");
    assertThat(last.isEnd()).isTrue();
  }

  @Test
  void aLongRunsLogIsReadWhileItGrowsFromMemoryThenFromItsOwnFileAndEndsWithTheRun() throws Exception {
    long logId = trigger(glue(113, "GLUE_SHELL", "echo early; sleep 4; echo late", 1, "", 0));

    eventually().until(() -> logOf(logId).contains("early"));
    var whileRunning = client.log(logId, LOG_DATE, 1);
    assertThat(whileRunning.isEnd()).isFalse();
    assertThat(whileRunning.logContent()).doesNotContain("late");
    var next = client.log(logId, LOG_DATE, whileRunning.toLineNum() + 1);
    assertThat(next.isEnd()).isFalse();

    awaitCallback(logId);
    var rest = client.log(logId, LOG_DATE, whileRunning.toLineNum() + 1);
    assertThat(rest.logContent()).contains("late\n").contains("handleCode: 200");
    assertThat(rest.isEnd()).isTrue();
  }

  @Test
  void aScriptExitingWithNonZeroFailsTheRunWithTheCode() throws Exception {
    long logId = trigger(glue(106, "GLUE_SHELL", "echo failing; exit 3", 1, "", 0));
    assertThat(awaitCallback(logId)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(500, "script exited with code 3");
    assertThat(logOf(logId)).contains("failing");
  }

  @Test
  void aTimedOutScriptEndsWith502AndLeavesNoProcessBehind() throws Exception {
    String marker = marker();
    long logId = trigger(glue(107, "GLUE_SHELL", spawningBackgroundChildren(marker), 1, "", 3));
    assertThat(awaitCallback(logId)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(502, "timed out after 3s");
    assertThat(logOf(logId)).contains("spawned");
    eventually().until(() -> processesWith(marker) == 0);
  }

  @Test
  void aKilledScriptEndsWith500AndLeavesNoProcessBehind() throws Exception {
    String marker = marker();
    long logId = trigger(glue(108, "GLUE_SHELL", spawningBackgroundChildren(marker), 1, "", 0));
    eventually().ignoreExceptions().until(() -> logOf(logId).contains("spawned") && processesWith(marker) >= 3);

    assertThat(client.post("kill", new JobRequest(108)).code()).isEqualTo(200);

    assertThat(awaitCallback(logId)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(500, "killed by the scheduling centre");
    eventually().until(() -> processesWith(marker) == 0);
  }

  @Test
  void groovyHandlerIsCompiledOncePerGlueVersion() throws Exception {
    String source = """
        import io.tempora.handler.*
        class Counted implements Handler {
          static int created = 0
          Counted() { created++ }
          String name() { 'counted' }
          HandlerResult handle(RunContext run) {
            run.log().log("groovy params=${run.params()} created=${created} class=${System.identityHashCode(Counted)}")
            HandlerResult.success('groovy ok')
          }
        }
        """;
    long first = trigger(glue(109, "GLUE_GROOVY", source, 1, "a", 0));
    assertThat(awaitCallback(first)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(200, "groovy ok");
    long second = trigger(glue(109, "GLUE_GROOVY", source, 1, "b", 0));
    assertThat(awaitCallback(second).handleCode()).isEqualTo(200);
    long newer = trigger(glue(109, "GLUE_GROOVY", source, 2, "c", 0));
    assertThat(awaitCallback(newer).handleCode()).isEqualTo(200);

    String firstClass = classLogged(first);
    assertThat(logOf(first)).contains("groovy params=a created=1");
    assertThat(logOf(second)).contains("groovy params=b created=1").contains(firstClass);
    assertThat(logOf(newer)).contains("groovy params=c created=1").doesNotContain(firstClass);
  }

  @Test
  void aNewGlueVersionReplacesTheJobsWorkerStoppingItsRun() throws Exception {
    String sleeper = """
        import io.tempora.handler.*
        class Sleeper implements Handler {
          String name() { 'sleeper' }
          HandlerResult handle(RunContext run) { run.log().log('sleeping'); Thread.sleep(60000); HandlerResult.success() }
        }
        """;
    long old = trigger(glue(110, "GLUE_GROOVY", sleeper, 1, "", 0));
    eventually().ignoreExceptions().until(() -> logOf(old).contains("sleeping"));

    long replacing = trigger(glue(110, "GLUE_SHELL", "echo replaced", 2, "", 0));

    assertThat(awaitCallback(old)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(500, "job handler changed from [GLUE_GROOVY#1] to [GLUE_SHELL#2]");
    assertThat(awaitCallback(replacing).handleCode()).isEqualTo(200);
  }

  @Test
  void groovyThatDoesNotCompileFailsTheRunWithTheCompilersMessage() throws Exception {
    long logId = trigger(glue(111, "GLUE_GROOVY", "class Broken implements io.tempora.handler.Handler {", 1, "", 0));
    CallbackResult result = awaitCallback(logId);
    assertThat(result.handleCode()).isEqualTo(500);
    assertThat(result.handleMsg()).contains("the Groovy glue of job 111 does not compile");
    assertThat(logOf(logId)).contains("does not compile").contains("GlueJob111_1.groovy");
  }

  @Test
  void javaScriptSeesTheRunAndItsErrorsFailIt() throws Exception {
    String source = "tempora.log('js params=' + tempora.params + ' shard=' + tempora.shardIndex + '/' + tempora.shardTotal); 'js ok'";
    long ok = trigger(glue(112, "GLUE_JS", source, 1, "q", 0));
    long thrown = trigger(glue(113, "GLUE_JS", "throw new Error('js broke')", 1, "", 0));
    long noHost = trigger(glue(114, "GLUE_JS", "Java.type('java.lang.System').exit(1)", 1, "", 0));

    assertThat(awaitCallback(ok)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg).containsExactly(200, "js ok");
    assertThat(logOf(ok)).contains("js params=q shard=0/1");
    assertThat(awaitCallback(thrown)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(500, "Error: js broke");
    assertThat(awaitCallback(noHost).handleCode()).isEqualTo(500);
  }

  @Test
  void anEndlessJavaScriptLoopEndsAtItsTimeoutAndFreesTheWorker() throws Exception {
    String source = "if (tempora.params === 'loop') { while (true) {} } 'after the loop'";
    long endless = trigger(glue(115, "GLUE_JS", source, 1, "loop", 1));
    assertThat(awaitCallback(endless)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(502, "timed out after 1s");
    long next = trigger(glue(115, "GLUE_JS", source, 1, "once", 0));
    await().atMost(Duration.ofSeconds(10)).until(() -> !admin.callbacksFor(next).isEmpty());
    assertThat(admin.onlyCallbackFor(next).handleMsg()).isEqualTo("after the loop");
  }

  @Test
  void javaScriptThatKeepsAllocatingIsStoppedAtItsBudgetAndTheExecutorCarriesOn() throws Exception {
    String source = "if (tempora.params === 'hog') { const kept = []; while (true) { kept.push(new Array(100000).fill(1)); } } 'fine'";
    long hog = trigger(glue(116, "GLUE_JS", source, 1, "hog", 0));
    CallbackResult stopped = awaitCallback(hog);
    assertThat(stopped.handleCode()).isEqualTo(500);
    assertThat(stopped.handleMsg()).contains("the script allocated more than").contains("MiB");

    long next = trigger(glue(116, "GLUE_JS", source, 1, "once", 0));
    assertThat(awaitCallback(next)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg).containsExactly(200, "fine");
  }

  @Test
  void aGroovyHandlerIgnoringItsInterruptIsAbandonedAtItsTimeoutAndTheNextRunDoesNotWaitForIt() throws Exception {
    String source = """
        import io.tempora.handler.*
        class Stubborn implements Handler {
          String name() { 'stubborn' }
          HandlerResult handle(RunContext run) {
            long end = System.nanoTime() + 30_000_000_000L
            while (run.params() == 'spin' && System.nanoTime() < end) {}
            HandlerResult.success('not stuck')
          }
        }
        """;
    long stuck = trigger(glue(118, "GLUE_GROOVY", source, 1, "spin", 1));
    long next = trigger(glue(118, "GLUE_GROOVY", source, 1, "free", 0));

    await().atMost(Duration.ofSeconds(15)).until(() -> !admin.callbacksFor(stuck).isEmpty());
    assertThat(admin.onlyCallbackFor(stuck)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(502, "timed out after 1s; the handler did not stop within 5s of its interrupt and was abandoned");
    await().atMost(Duration.ofSeconds(10)).until(() -> !admin.callbacksFor(next).isEmpty());
    assertThat(admin.onlyCallbackFor(next)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(200, "not stuck");
    assertThat(executor.serverSaid("WARNING")).isTrue();
    assertThat(executor.serverSaid("is left to finish on its own")).isTrue();
  }

  @Test
  void theCommandHandlerRunsItsParamsAsACommandLine() throws Exception {
    long ok = trigger(bean(116, "command", "echo command says $TEMPORA_JOB_ID"));
    long failing = trigger(bean(117, "command", "echo about to fail; exit 7"));
    assertThat(awaitCallback(ok)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(200, "command exited with code 0");
    assertThat(logOf(ok)).contains("command says 116");
    assertThat(awaitCallback(failing)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(500, "command exited with code 7");
  }

  private static void assertInterpreter(long jobId, String glueType, String program, String source, String expected)
      throws Exception {
    long logId = trigger(glue(jobId, glueType, source, 1, "z", 0));
    CallbackResult result = awaitCallback(logId);
    if (installed(program)) {
      assertThat(result.handleCode()).isEqualTo(200);
      assertThat(logOf(logId)).contains(expected);
    } else {
      assertThat(result).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
          .containsExactly(500, "interpreter '" + program + "' not found on this executor");
    }
  }

  /** A script whose background children would outlive it unless the executor ends its whole tree. */
  private static String spawningBackgroundChildren(String marker) {
    return "sleep 300." + marker + " &\n"
        + "bash -c 'sleep 301." + marker + "; true' &\n"
        + "echo spawned\n"
        + "wait\n";
  }

  private static String marker() {
    return String.valueOf(100_000 + NEXT_ID.incrementAndGet() * 7 + System.nanoTime() % 1000);
  }

  private static long processesWith(String marker) {
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().orElse("").contains(marker))
        .count();
  }

  private static boolean installed(String program) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
  }

  private static String classLogged(long logId) throws Exception {
    String log = logOf(logId);
    int at = log.indexOf("class=");
    return log.substring(at, log.indexOf('\n', at));
  }

  private static String logOf(long logId) throws Exception {
    return client.log(logId, LOG_DATE, 1).logContent();
  }

  private static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
  }

  private static CallbackResult awaitCallback(long logId) {
    eventually().until(() -> !admin.callbacksFor(logId).isEmpty());
    return admin.onlyCallbackFor(logId);
  }

  private static long trigger(Trigger trigger) throws Exception {
    Reply<Object> reply = client.post("run", trigger.request());
    assertThat(reply.code()).as("run %s accepted: %s", trigger.logId(), reply.msg()).isEqualTo(200);
    return trigger.logId();
  }

  private static Trigger glue(long jobId, String glueType, String source, long version, String params, int timeout) {
    return new Trigger(jobId, "", glueType, source, version, params, timeout, 0, 1, NEXT_ID.incrementAndGet());
  }

  private static Trigger bean(long jobId, String handler, String params) {
    return new Trigger(jobId, handler, "BEAN", "", 0, params, 0, 0, 1, NEXT_ID.incrementAndGet());
  }

  private record Trigger(long jobId, String handler, String glueType, String source, long version, String params,
      int timeout, int shardIndex, int shardTotal, long logId) {

    Trigger withShard(int index, int total) {
      return new Trigger(jobId, handler, glueType, source, version, params, timeout, index, total, logId);
    }

    TriggerRequest request() {
      return new TriggerRequest(jobId, handler, params, "SERIAL_EXECUTION", timeout, logId, LOG_DATE, glueType, source,
          version, shardIndex, shardTotal);
    }
  }
}
