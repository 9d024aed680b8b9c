package io.tempora.executor.handler;

import io.tempora.executor.platform.ExecutorConfig;
import io.tempora.executor.process.ChildProcesses;
import io.tempora.executor.process.CommandHandler;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The handlers of every plugin jar, loaded at start and unloaded at shutdown, and the built-in ones
 * ({@code command}), which win over a plugin handler of the same name.
 */
@ApplicationScoped
public class HandlerCatalog {

  private static final Logger LOG = Logger.getLogger(HandlerCatalog.class.getName());

  @Inject ExecutorConfig config;
  @Resource ManagedThreadFactory threads;

  private volatile Map<String, PluginHandler> builtIn = Map.of();
  private volatile PluginShelf shelf = PluginShelf.empty();
  private volatile boolean loaded;

  void load(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) @Initialized(ApplicationScoped.class) Object event) {
    builtIn = Map.of(CommandHandler.NAME, new PluginHandler(new CommandHandler(new ChildProcesses(threads))));
    shelf = PluginShelf.load(config.pluginsDir(), HandlerCatalog.class.getClassLoader());
    loaded = true;
    LOG.info(() -> "handlers available: built in " + new TreeSet<>(builtIn.keySet()) + ", from plugins " + shelf.names());
  }

  /** Whether the plugins directory has been read; until then every handler looks unknown. */
  public boolean loaded() {
    return loaded;
  }

  public Optional<PluginHandler> find(String name) {
    return Optional.ofNullable(name).map(builtIn::get).or(() -> shelf.find(name));
  }

  @PreDestroy
  void unload() {
    shelf.close();
  }
}
