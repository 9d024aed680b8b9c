package io.tempora.executor.handler;

import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;

/**
 * A handler as loaded from its plugin jar. Its code runs with the plugin's class loader as the thread's
 * context loader, because libraries inside a plugin (JDBC drivers, ServiceLoader users) look up their
 * classes through it. A run leases its handler from the catalog and {@link #release()}s it once the
 * handler has returned, so a replaced plugin jar stays open until its last run is done.
 */
public final class PluginHandler {

  private final Handler handler;
  private final PluginJar jar;

  public PluginHandler(Handler handler) {
    this(handler, null);
  }

  PluginHandler(Handler handler, PluginJar jar) {
    this.handler = handler;
    this.jar = jar;
  }

  public String name() {
    return handler.name();
  }

  /** @return false if this handler's jar has been replaced or removed since it was found */
  boolean lease() {
    return jar == null || jar.lease();
  }

  /** Gives back the lease taken when the catalog handed this handler out for one run. */
  public void release() {
    if (jar != null) {
      jar.giveBack();
    }
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
