package io.tempora.executor.glue;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.protocol.TriggerRequest;

/** How the runs of one {@code glueType} are handled. */
sealed interface HandlerKind permits PluginKind, GroovyKind, ScriptKind, JavaScriptKind {

  /**
   * The handler for the trigger's job; it serves every later run of the job while its name stays the
   * same, so it depends on the job and its glue version only, never on one run.
   *
   * @throws HandlerUnavailable when runs of this trigger cannot be taken at all
   */
  PluginHandler handlerFor(TriggerRequest trigger);

  /** A glue handler's name: its type and version, e.g. {@code GLUE_SHELL#1732451234000}. */
  static String versionedName(TriggerRequest trigger) {
    return trigger.glueType() + "#" + trigger.glueUpdatetime();
  }

  static String sourceOf(TriggerRequest trigger) {
    return trigger.glueSource() == null ? "" : trigger.glueSource();
  }
}
