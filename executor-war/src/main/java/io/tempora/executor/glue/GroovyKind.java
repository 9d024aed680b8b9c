package io.tempora.executor.glue;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import io.tempora.protocol.TriggerRequest;

/**
 * {@code GLUE_GROOVY}: the trigger's source defines a class implementing {@link Handler} (or extending
 * XXL-JOB's {@code IJobHandler}, see {@link XxlJobGlue}). It is compiled on the job's worker at its first
 * run, so a compile error fails that run with the compiler's message in its log rather than refusing the
 * trigger.
 */
record GroovyKind(GroovyClasses classes) implements HandlerKind {

  @Override
  public PluginHandler handlerFor(TriggerRequest trigger) {
    String name = HandlerKind.versionedName(trigger);
    String source = HandlerKind.sourceOf(trigger);
    GroovyClasses.Key key = new GroovyClasses.Key(trigger.jobId(), trigger.glueUpdatetime());
    return new PluginHandler(new Handler() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public HandlerResult handle(RunContext context) throws Exception {
        return classes.handlerFor(key, source).handle(context);
      }
    });
  }
}
