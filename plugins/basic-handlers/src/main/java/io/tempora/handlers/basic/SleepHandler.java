package io.tempora.handlers.basic;

import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import java.time.Duration;

/** Sleeps for the number of milliseconds in its parameters; stops early when interrupted. */
public class SleepHandler implements Handler {

  @Override
  public String name() {
    return "sleep";
  }

  @Override
  public HandlerResult handle(RunContext context) throws InterruptedException {
    Duration pause = Duration.ofMillis(parseMillis(context.params()));
    context.log().log("sleeping %d ms", pause.toMillis());
    Thread.sleep(pause.toMillis());
    context.log().log("woke up");
    return HandlerResult.success("slept " + pause.toMillis() + " ms");
  }

  private static long parseMillis(String params) {
    try {
      return params.isBlank() ? 1000 : Long.parseLong(params.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("sleep expects milliseconds as its parameter, got: " + params);
    }
  }
}
