package io.tempora.executor.handler;

import io.tempora.handler.Handler;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One loaded plugin jar: its class loader and the handlers it declares. */
public final class PluginJar implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginJar.class.getName());

  private final Path file;
  private final URLClassLoader loader;
  private final List<PluginHandler> handlers;

  private PluginJar(Path file, URLClassLoader loader, List<PluginHandler> handlers) {
    this.file = file;
    this.loader = loader;
    this.handlers = handlers;
  }

  public static PluginJar load(Path file, ClassLoader parent) {
    URLClassLoader loader = new URLClassLoader("plugin:" + file.getFileName(), new URL[] {url(file)}, parent);
    // the parent's own service files are visible through every plugin loader; keep only this jar's
    List<PluginHandler> handlers =
        ServiceLoader.load(Handler.class, loader).stream()
            .filter(provider -> provider.type().getClassLoader() == loader)
            .map(provider -> new PluginHandler(provider.get()))
            .toList();
    return new PluginJar(file, loader, handlers);
  }

  public Path file() {
    return file;
  }

  public List<PluginHandler> handlers() {
    return handlers;
  }

  @Override
  public void close() {
    for (PluginHandler handler : handlers) {
      try {
        handler.destroy();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "handler " + handler.name() + " failed to destroy; closing its jar anyway", e);
      }
    }
    try {
      loader.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot close the class loader of " + file + "; its file stays open until exit", e);
    }
  }

  private static URL url(Path file) {
    try {
      return file.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a loadable jar path: " + file, e);
    }
  }
}
