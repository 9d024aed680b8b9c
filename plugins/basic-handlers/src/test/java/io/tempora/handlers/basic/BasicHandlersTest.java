package io.tempora.handlers.basic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import io.tempora.handler.RunLog;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BasicHandlersTest {

  private final List<String> lines = new ArrayList<>();

  private RunContext contextWith(String params) {
    RunLog log = lines::add;
    return new RunContext() {
      public long runId() { return 7; }
      public long jobId() { return 3; }
      public String params() { return params; }
      public int shardIndex() { return 0; }
      public int shardTotal() { return 1; }
      public RunLog log() { return log; }
    };
  }

  @Test
  void serviceLoaderFindsEveryBundledHandlerByName() {
    List<String> names = ServiceLoader.load(Handler.class).stream().map(p -> p.get().name()).toList();
    assertThat(names).containsExactlyInAnyOrder("echo", "sleep", "fail", "http-get");
  }

  @Test
  void echoSucceedsWithItsParamsAndLogsThem() throws Exception {
    HandlerResult result = new EchoHandler().handle(contextWith("hello"));
    assertThat(result).isEqualTo(HandlerResult.success("hello"));
    assertThat(lines).singleElement().asString().contains("hello");
  }

  @Test
  void failFailsWithItsParamsAsReason() {
    assertThat(new FailHandler().handle(contextWith("disk full"))).isEqualTo(HandlerResult.failure("disk full"));
  }

  @Test
  void sleepRejectsParamsThatAreNotMilliseconds() {
    assertThatThrownBy(() -> new SleepHandler().handle(contextWith("soon")))
        .hasMessageContaining("milliseconds");
  }

  @Test
  void sleepStopsWhenInterrupted() {
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> new SleepHandler().handle(contextWith("60000"))).isInstanceOf(InterruptedException.class);
  }
}
