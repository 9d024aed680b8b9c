package io.tempora.executor.handler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The plugin jars of one directory and their handlers by name. A jar that fails to load, or a handler
 * whose init fails, is left out with a warning so one broken plugin does not stop the others.
 */
public final class PluginShelf implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginShelf.class.getName());

  private final List<PluginJar> jars;
  private final Map<String, PluginHandler> byName;

  private PluginShelf(List<PluginJar> jars, Map<String, PluginHandler> byName) {
    this.jars = jars;
    this.byName = byName;
  }

  public static PluginShelf empty() {
    return new PluginShelf(List.of(), Map.of());
  }

  public static PluginShelf load(Path directory, ClassLoader parent) {
    List<PluginJar> jars = new ArrayList<>();
    Map<String, PluginHandler> byName = new LinkedHashMap<>();
    for (Path file : jarsIn(directory)) {
      try {
        PluginJar jar = PluginJar.load(file, parent);
        jars.add(jar);
        jar.handlers().forEach(handler -> register(handler, file, byName));
      } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
        LOG.log(Level.WARNING, "plugin " + file + " cannot be loaded; its handlers are unavailable", e);
      }
    }
    return new PluginShelf(jars, byName);
  }

  public Optional<PluginHandler> find(String name) {
    return Optional.ofNullable(name).map(byName::get);
  }

  public Set<String> names() {
    return byName.keySet();
  }

  @Override
  public void close() {
    jars.forEach(PluginJar::close);
  }

  private static void register(PluginHandler handler, Path file, Map<String, PluginHandler> byName) {
    if (byName.containsKey(handler.name())) {
      LOG.warning(() -> "handler " + handler.name() + " in " + file + " ignored: an earlier jar has one of that name");
      return;
    }
    try {
      handler.init();
      byName.put(handler.name(), handler);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "handler " + handler.name() + " in " + file + " failed to init; runs of it will be refused", e);
    }
  }

  private static List<Path> jarsIn(Path directory) {
    try {
      Files.createDirectories(directory);
      try (Stream<Path> files = Files.list(directory)) {
        List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        if (jars.isEmpty()) {
          LOG.warning(() -> "no plugin jars in " + directory + "; every run will fail with 'job handler not found'");
        }
        return jars;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the plugins directory " + directory, e);
    }
  }
}
