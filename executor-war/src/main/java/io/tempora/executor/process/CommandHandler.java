package io.tempora.executor.process;

import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import java.util.List;

/**
 * The built-in {@code command} handler: runs the job's params as a bash command line, for jobs that
 * need no script. Output, exit code, stopping and resource limits work as for script glue.
 */
public final class CommandHandler implements Handler {

  public static final String NAME = "command";

  private final ChildProcesses processes;
  private final ProcessLimits limits;

  public CommandHandler(ChildProcesses processes, ProcessLimits limits) {
    this.processes = processes;
    this.limits = limits;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public HandlerResult handle(RunContext context) throws Exception {
    if (context.params().isBlank()) {
      return HandlerResult.failure("the command handler runs its params as a command line, and they are empty");
    }
    if (ChildProcesses.onPath("bash").isEmpty()) {
      return HandlerResult.failure("interpreter 'bash' not found on this executor");
    }
    int exit = processes.run(limits.wrap(List.of("bash", "-c", context.params())), ChildProcesses.environment(context), context.log());
    return ChildProcesses.resultOf("command", exit);
  }
}
