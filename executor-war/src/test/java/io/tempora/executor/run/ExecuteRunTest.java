package io.tempora.executor.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.executor.log.RunLogFile;
import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import io.tempora.protocol.TriggerRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecuteRunTest {

  @TempDir Path dir;

  private final Run run = new Run(new TriggerRequest(3, "h", "p1", null, 0, 9, 1000, "BEAN", null, 0, 0, 0), Clock.systemUTC());

  private ExecuteRun execute() {
    return new ExecuteRun(r -> RunLogFile.append(dir.resolve(r.logId() + ".log"), Clock.systemUTC()));
  }

  @Test
  void aThrowingHandlerFailsWithItsMessageAndLeavesTheStackTraceInTheLog() throws Exception {
    Outcome outcome = execute().apply(run, handler(context -> {
      throw new IllegalStateException("disk on fire");
    }));
    assertThat(outcome).isEqualTo(Outcome.failed("disk on fire"));
    assertThat(Files.readString(dir.resolve("9.log")))
        .contains("started; handler: h")
        .contains("params: p1")
        .contains("java.lang.IllegalStateException: disk on fire")
        .contains("at io.tempora.executor.run.ExecuteRunTest");
  }

  @Test
  void theHandlersResultBecomesTheOutcome() {
    assertThat(execute().apply(run, handler(context -> HandlerResult.success("ok " + context.params()))))
        .isEqualTo(Outcome.succeeded("ok p1"));
    assertThat(execute().apply(run, handler(context -> HandlerResult.failure("no"))))
        .isEqualTo(Outcome.failed("no"));
  }

  private interface Body {
    HandlerResult handle(RunContext context) throws Exception;
  }

  private static PluginHandler handler(Body body) {
    return new PluginHandler(new Handler() {
      public String name() {
        return "h";
      }

      public HandlerResult handle(RunContext context) throws Exception {
        return body.handle(context);
      }
    });
  }
}
