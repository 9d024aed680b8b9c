package io.tempora.handler;

/**
 * A unit of work a job runs. One instance serves every run of the handler's name, possibly from
 * several job workers at once, so implementations keep no per-run state in fields.
 */
public interface Handler {

  /** The name jobs refer to, e.g. {@code echo}; unique among the loaded plugins. */
  String name();

  /** Called once after the plugin is loaded, before the first run. */
  default void init() throws Exception {}

  /** Called once when the plugin is unloaded or the executor stops. */
  default void destroy() throws Exception {}

  /**
   * Runs once. Throwing is a failed run with the exception's message; an interrupt means the run was
   * killed or timed out and the handler should return promptly.
   */
  HandlerResult handle(RunContext context) throws Exception;
}
