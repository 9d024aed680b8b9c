package io.tempora.executor.glue;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.executor.process.ChildProcesses;
import io.tempora.executor.process.ProcessLimits;
import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import io.tempora.protocol.TriggerRequest;
import java.nio.file.Path;

/**
 * Script glue: the source is written to a file and run by its interpreter as a child process, under the
 * executor's {@link ProcessLimits}. A missing interpreter fails the run with a message saying so.
 */
record ScriptKind(ScriptLanguage language, ScriptFiles files, ChildProcesses processes, ProcessLimits limits)
    implements HandlerKind {

  @Override
  public PluginHandler handlerFor(TriggerRequest trigger) {
    String name = HandlerKind.versionedName(trigger);
    String source = HandlerKind.sourceOf(trigger);
    long jobId = trigger.jobId();
    long version = trigger.glueUpdatetime();
    return new PluginHandler(new Handler() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public HandlerResult handle(RunContext context) throws Exception {
        return run(jobId, version, source, context);
      }
    });
  }

  HandlerResult run(long jobId, long version, String source, RunContext context) throws Exception {
    if (ChildProcesses.onPath(language.program()).isEmpty()) {
      return HandlerResult.failure("interpreter '" + language.program() + "' not found on this executor");
    }
    Path script = files.write(jobId, version, language.extension(), source);
    int exit = processes.run(
        limits.wrap(language.command(script.toString(), context.params(), context.shardIndex(), context.shardTotal())),
        ChildProcesses.environment(context),
        context.log());
    return ChildProcesses.resultOf("script", exit);
  }
}
