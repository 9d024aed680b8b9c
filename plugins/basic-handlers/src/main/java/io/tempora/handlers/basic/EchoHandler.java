package io.tempora.handlers.basic;

import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;

/** Logs its parameters and succeeds with them as the message; the no-op of benchmarks. */
public class EchoHandler implements Handler {

  @Override
  public String name() {
    return "echo";
  }

  @Override
  public HandlerResult handle(RunContext context) {
    context.log().log("echo: %s (shard %d/%d)", context.params(), context.shardIndex(), context.shardTotal());
    return HandlerResult.success(context.params());
  }
}
