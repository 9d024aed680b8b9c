package io.tempora.executor.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tempora.handler.HandlerResult;
import org.junit.jupiter.api.Test;

class CommandHandlerTest {

  @Test
  void aCommandRunsUnderTheScriptLimits() throws Exception {
    ProcessLimits limits = ProcessLimits.of(9, 0, 0, 64);
    assumeTrue(limits.prlimit().isPresent(), "prlimit (util-linux) is installed here");
    RecordingRun run = RecordingRun.of("echo \"cpu=$(ulimit -t) files=$(ulimit -n)\"");

    HandlerResult result = new CommandHandler(new ChildProcesses(Thread::new), limits).handle(run);

    assertThat(result.succeeded()).isTrue();
    assertThat(run.lines()).containsExactly("cpu=9 files=64");
  }
}
