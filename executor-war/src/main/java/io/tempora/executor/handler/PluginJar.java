package io.tempora.executor.handler;

import io.tempora.handler.Handler;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One loaded plugin jar: its class loader and the handlers it declares. The loader reads a private
 * copy of the jar, so the user may overwrite the original meanwhile. Every run holds a lease on its
 * handler's jar; a retired jar is closed (handlers destroyed, loader closed, copy deleted) when its last
 * lease is returned, so runs of the old version finish on the old classes.
 */
public final class PluginJar {

  private static final Logger LOG = Logger.getLogger(PluginJar.class.getName());

  private final Path file;
  private final URLClassLoader loader;
  private final Path copy;
  private final List<PluginHandler> handlers;
  private int leases;
  private boolean retired;
  private boolean closed;

  private PluginJar(Path file, Path copy, ClassLoader parent) {
    this.file = file;
    this.loader = new URLClassLoader("plugin:" + file.getFileName(), new URL[] {url(copy)}, parent);
    this.copy = copy;
    // the parent's own service files are visible through every plugin loader; keep only this jar's
    this.handlers =
        ServiceLoader.load(Handler.class, loader).stream()
            .filter(provider -> provider.type().getClassLoader() == loader)
            .map(provider -> new PluginHandler(provider.get(), this))
            .toList();
  }

  /** Loads {@code copy}, a private copy of the plugin {@code file}; the copy is deleted at close. */
  public static PluginJar load(Path file, Path copy, ClassLoader parent) {
    return new PluginJar(file, copy, parent);
  }

  public Path file() {
    return file;
  }

  public List<PluginHandler> handlers() {
    return handlers;
  }

  synchronized boolean lease() {
    if (retired) {
      return false;
    }
    leases++;
    return true;
  }

  void giveBack() {
    boolean last;
    synchronized (this) {
      leases--;
      last = retired && leases == 0 && !closed;
      closed |= last;
    }
    if (last) {
      close();
    }
  }

  /** No new leases; the jar closes now, or when the last running run of it returns its lease. */
  public void retire() {
    boolean idle;
    synchronized (this) {
      retired = true;
      idle = leases == 0 && !closed;
      closed |= idle;
    }
    if (idle) {
      close();
    }
  }

  private void close() {
    for (PluginHandler handler : handlers) {
      try {
        handler.destroy();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "handler " + handler.name() + " failed to destroy; closing its jar anyway", e);
      }
    }
    try {
      loader.close();
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot close the class loader of " + file + "; its copy " + copy + " stays until exit", e);
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
