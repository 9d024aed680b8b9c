package io.tempora.executor.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tempora.executor.process.ChildProcesses;
import io.tempora.executor.process.ProcessLimits;
import io.tempora.executor.process.RecordingRun;
import io.tempora.handler.HandlerResult;
import io.tempora.protocol.TriggerRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptKindTest {

  private static final ProcessLimits NO_LIMITS = ProcessLimits.of(0, 0, 0, 0);

  @TempDir Path dir;

  @Test
  void aScriptRunsUnderTheConfiguredLimitsAndCannotExceedThem() throws Exception {
    ProcessLimits limits = ProcessLimits.of(7, 64, 0, 50);
    assumeTrue(limits.prlimit().isPresent(), "prlimit (util-linux) is installed here");
    ScriptKind shell = new ScriptKind(ScriptLanguage.SHELL, new ScriptFiles(dir), new ChildProcesses(Thread::new), limits);
    RecordingRun run = RecordingRun.of("");

    HandlerResult result = shell.run(7, 1,
        "echo \"cpu=$(ulimit -t) memory=$(ulimit -v) files=$(ulimit -n)\"\n"
            + "head -c 100000000 /dev/zero | tr '\\0' x | (read -r -N 100000000 big && echo \"held ${#big}\")\n"
            + "exit 0", run);

    assertThat(result.succeeded()).isTrue();
    assertThat(run.lines()).first().isEqualTo("cpu=7 memory=" + 64 * 1024 + " files=50");
    assertThat(run.lines()).noneMatch(line -> line.startsWith("held"));
  }

  @Test
  void runsTheSourceWithParamsAndShardAsArgumentsFromAnOwnerOnlyFile() throws Exception {
    ScriptKind shell = new ScriptKind(ScriptLanguage.SHELL, new ScriptFiles(dir.resolve("glue")), new ChildProcesses(Thread::new), NO_LIMITS);
    RecordingRun run = RecordingRun.of("hello");

    HandlerResult result = shell.run(7, 123, "echo \"$1 $2 $3 $0\"; exit 4", run);

    Path script = dir.resolve("glue/7_123.sh");
    assertThat(result).isEqualTo(HandlerResult.failure("script exited with code 4"));
    assertThat(run.lines()).containsExactly("hello 1 3 " + script);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script.getParent()))).isEqualTo("rwx------");
  }

  @Test
  void aMissingInterpreterFailsTheRunSayingWhich() throws Exception {
    ScriptLanguage absent = java.util.Arrays.stream(ScriptLanguage.values())
        .filter(language -> ChildProcesses.onPath(language.program()).isEmpty())
        .findFirst().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(absent != null, "every interpreter is installed here");
    ScriptKind kind = new ScriptKind(absent, new ScriptFiles(dir), new ChildProcesses(Thread::new), NO_LIMITS);

    assertThat(kind.run(7, 1, "", RecordingRun.of("")))
        .isEqualTo(HandlerResult.failure("interpreter '" + absent.program() + "' not found on this executor"));
  }

  @Test
  void aGlueHandlersNameCarriesItsVersionSoANewVersionReplacesTheWorker() {
    ScriptKind shell = new ScriptKind(ScriptLanguage.SHELL, new ScriptFiles(dir), new ChildProcesses(Thread::new), NO_LIMITS);
    assertThat(shell.handlerFor(trigger(1)).name()).isEqualTo("GLUE_SHELL#1").isNotEqualTo(shell.handlerFor(trigger(2)).name());
  }

  private static TriggerRequest trigger(long glueVersion) {
    return new TriggerRequest(7, "", "", "SERIAL_EXECUTION", 0, 1, 0, "GLUE_SHELL", "true", glueVersion, 0, 1);
  }
}
