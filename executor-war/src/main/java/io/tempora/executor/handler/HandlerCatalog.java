package io.tempora.executor.handler;

import io.tempora.executor.platform.ExecutorConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Logger;

/** The handlers of every plugin jar, loaded at start and unloaded at shutdown. */
@ApplicationScoped
public class HandlerCatalog {

  private static final Logger LOG = Logger.getLogger(HandlerCatalog.class.getName());

  @Inject ExecutorConfig config;

  private volatile PluginShelf shelf = PluginShelf.empty();
  private volatile boolean loaded;

  void load(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) @Initialized(ApplicationScoped.class) Object event) {
    shelf = PluginShelf.load(config.pluginsDir(), HandlerCatalog.class.getClassLoader());
    loaded = true;
    LOG.info(() -> "handlers available: " + shelf.names());
  }

  /** Whether the plugins directory has been read; until then every handler looks unknown. */
  public boolean loaded() {
    return loaded;
  }

  public Optional<PluginHandler> find(String name) {
    return shelf.find(name);
  }

  @PreDestroy
  void unload() {
    shelf.close();
  }
}
