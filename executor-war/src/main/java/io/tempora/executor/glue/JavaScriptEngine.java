package io.tempora.executor.glue;

import org.graalvm.polyglot.Engine;

/**
 * The one GraalJS engine every JavaScript run's context shares (it keeps parsed code warm). Created at
 * the first run, because it costs about a second, and closed with the executor.
 */
public final class JavaScriptEngine implements AutoCloseable {

  private Engine engine;

  synchronized Engine get() {
    if (engine == null) {
      engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    }
    return engine;
  }

  @Override
  public synchronized void close() {
    if (engine != null) {
      engine.close(true);
      engine = null;
    }
  }
}
