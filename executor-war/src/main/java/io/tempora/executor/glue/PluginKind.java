package io.tempora.executor.glue;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.protocol.TriggerRequest;
import java.util.Optional;
import java.util.function.Function;

/** {@code BEAN}: a handler from a plugin jar or a built-in one, by the trigger's handler name. */
record PluginKind(Function<String, Optional<PluginHandler>> catalog) implements HandlerKind {

  @Override
  public PluginHandler handlerFor(TriggerRequest trigger) {
    return catalog.apply(trigger.executorHandler())
        .orElseThrow(() -> new HandlerUnavailable("job handler [" + trigger.executorHandler() + "] not found."));
  }
}
