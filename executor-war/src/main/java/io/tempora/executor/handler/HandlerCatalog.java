package io.tempora.executor.handler;

import io.tempora.executor.platform.ExecutorConfig;
import io.tempora.executor.process.ChildProcesses;
import io.tempora.executor.process.CommandHandler;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The handlers of every plugin jar, loaded at start, kept in step with the plugins directory while the
 * executor runs and unloaded at shutdown, and the built-in ones ({@code command}), which win over a
 * plugin handler of the same name.
 */
@ApplicationScoped
public class HandlerCatalog {

  private static final Logger LOG = Logger.getLogger(HandlerCatalog.class.getName());

  @Inject ExecutorConfig config;

  @Inject
  @ConfigProperty(name = "tempora.data-dir")
  String dataDir;

  @Resource ManagedThreadFactory threads;
  @Resource ManagedScheduledExecutorService scheduler;

  private volatile Map<String, PluginHandler> builtIn = Map.of();
  private volatile PluginShelf shelf;
  private volatile ScheduledFuture<?> rescans;

  void load(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) @Initialized(ApplicationScoped.class) Object event) {
    builtIn = Map.of(CommandHandler.NAME, new PluginHandler(new CommandHandler(new ChildProcesses(threads), config.scriptLimits())));
    PluginShelf loading = new PluginShelf(
        config.pluginsDir(), Path.of(dataDir, "executor", "loaded-plugins"), HandlerCatalog.class.getClassLoader());
    loading.load();
    shelf = loading;
    LOG.info(() -> "handlers available: built in " + new TreeSet<>(builtIn.keySet()) + ", from plugins " + loading.names()
        + "; " + config.pluginsDir() + " is checked for changed jars every " + config.pluginsPoll());
    long poll = config.pluginsPoll().toMillis();
    rescans = scheduler.scheduleWithFixedDelay(this::rescan, poll, poll, TimeUnit.MILLISECONDS);
  }

  private void rescan() {
    try {
      shelf.rescan();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "plugins directory not checked; will try again in " + config.pluginsPoll(), e);
    }
  }

  /** Whether the plugins directory has been read; until then every handler looks unknown. */
  public boolean loaded() {
    return shelf != null;
  }

  /**
   * A handler for one run. A plugin handler is leased: {@link PluginHandler#release()} it once the run's
   * handler has returned, or when the run is refused.
   */
  public Optional<PluginHandler> find(String name) {
    PluginShelf plugins = shelf;
    return Optional.ofNullable(name).map(builtIn::get)
        .or(() -> plugins == null ? Optional.empty() : plugins.find(name));
  }

  /** Every handler name a run can use now: the built-in ones and those of the loaded plugin jars. */
  public List<String> names() {
    PluginShelf plugins = shelf;
    Set<String> names = new TreeSet<>(builtIn.keySet());
    if (plugins != null) {
      names.addAll(plugins.names());
    }
    return List.copyOf(names);
  }

  @PreDestroy
  void unload() {
    if (rescans != null) {
      rescans.cancel(false);
    }
    if (shelf != null) {
      shelf.close();
    }
  }
}
