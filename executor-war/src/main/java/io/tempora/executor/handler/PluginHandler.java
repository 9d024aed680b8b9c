package io.tempora.executor.handler;

import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;

/**
 * A handler as loaded from its plugin jar. Its code runs with the plugin's class loader as the thread's
 * context loader, because libraries inside a plugin (JDBC drivers, ServiceLoader users) look up their
 * classes through it.
 */
public final class PluginHandler {

  private final Handler handler;

  public PluginHandler(Handler handler) {
    this.handler = handler;
  }

  public String name() {
    return handler.name();
  }

  public void init() throws Exception {
    withPluginLoader(() -> {
      handler.init();
      return null;
    });
  }

  public HandlerResult handle(RunContext context) throws Exception {
    return withPluginLoader(() -> handler.handle(context));
  }

  public void destroy() throws Exception {
    withPluginLoader(() -> {
      handler.destroy();
      return null;
    });
  }

  private <T> T withPluginLoader(PluginCall<T> call) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(handler.getClass().getClassLoader());
    try {
      return call.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @FunctionalInterface
  private interface PluginCall<T> {
    T run() throws Exception;
  }
}
