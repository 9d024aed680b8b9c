package io.tempora.handlers.basic;

import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;

/** Always fails, with its parameters as the reason: for testing alarms and retries. */
public class FailHandler implements Handler {

  @Override
  public String name() {
    return "fail";
  }

  @Override
  public HandlerResult handle(RunContext context) {
    String reason = context.params().isBlank() ? "failed on purpose" : context.params();
    context.log().log("failing: %s", reason);
    return HandlerResult.failure(reason);
  }
}
