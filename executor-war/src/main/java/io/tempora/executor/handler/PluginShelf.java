package io.tempora.executor.handler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The plugin jars of one directory and their handlers by name, kept in step with the directory by
 * {@link #rescan()}: a jar added is loaded, a jar replaced is loaded anew and its old version retired,
 * a jar removed is retired. A jar is (re)loaded only once its size and modification time are the same
 * in two scans in a row, so a file still being copied in is not read half-written. A jar that fails to
 * load, or a handler whose init fails, is left out with a warning so one broken plugin does not stop
 * the others.
 */
public final class PluginShelf implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginShelf.class.getName());

  private final Path directory;
  private final Path copies;
  private final ClassLoader parent;
  private final Map<Path, Loaded> loaded = new HashMap<>();
  private final Map<Path, Fingerprint> settling = new HashMap<>();
  private final Map<String, PluginHandler> byName = new LinkedHashMap<>();
  private long generation;

  /**
   * @param copies a private directory for the copies the class loaders read; emptied here
   */
  public PluginShelf(Path directory, Path copies, ClassLoader parent) {
    this.directory = directory;
    this.copies = copies;
    this.parent = parent;
    emptyCopies();
  }

  /** Loads every jar in the directory at once, without waiting for it to settle. */
  public synchronized void load() {
    List<Path> jars = jarsIn();
    if (jars.isEmpty()) {
      LOG.warning(() -> "no plugin jars in " + directory + "; every BEAN run will fail with 'job handler not found'");
    }
    jars.forEach(file -> reload(file, Fingerprint.of(file)));
  }

  public synchronized void rescan() {
    Set<Path> present = new HashSet<>(jarsIn());
    for (Path gone : Set.copyOf(loaded.keySet())) {
      if (!present.contains(gone)) {
        unload(gone);
        LOG.info(() -> "plugin " + gone + " removed; its handlers are gone once their running runs end");
      }
    }
    settling.keySet().retainAll(present);
    for (Path file : present) {
      Fingerprint now = Fingerprint.of(file);
      Loaded current = loaded.get(file);
      if (current != null && current.fingerprint().equals(now)) {
        settling.remove(file);
      } else if (now.equals(settling.put(file, now))) {
        settling.remove(file);
        reload(file, now);
      }
    }
  }

  /**
   * A handler for one run, leased: the caller must {@link PluginHandler#release()} it when the run's
   * handler has returned (or the run never started).
   */
  public synchronized Optional<PluginHandler> find(String name) {
    return Optional.ofNullable(name).map(byName::get).filter(PluginHandler::lease);
  }

  public synchronized Set<String> names() {
    return new TreeSet<>(byName.keySet());
  }

  @Override
  public synchronized void close() {
    Set.copyOf(loaded.keySet()).forEach(this::unload);
  }

  private void reload(Path file, Fingerprint fingerprint) {
    boolean replacing = loaded.containsKey(file);
    unload(file);
    PluginJar jar = null;
    try {
      Path copy = copies.resolve(++generation + "-" + file.getFileName());
      Files.copy(file, copy);
      jar = PluginJar.load(file, copy, parent);
      List<String> names = jar.handlers().stream().filter(handler -> register(handler, file)).map(PluginHandler::name).toList();
      LOG.info(() -> "plugin " + file + (replacing ? " replaced" : " loaded") + "; handlers " + names);
    } catch (IOException | RuntimeException | ServiceConfigurationError | LinkageError e) {
      LOG.log(Level.WARNING, "plugin " + file + " cannot be loaded; its handlers are unavailable until the file changes", e);
      if (jar != null) {
        jar.handlers().forEach(handler -> byName.remove(handler.name(), handler));
        jar.retire();
        jar = null;
      }
    }
    loaded.put(file, new Loaded(fingerprint, jar));
  }

  private void unload(Path file) {
    Loaded old = loaded.remove(file);
    if (old != null && old.jar() != null) {
      old.jar().handlers().forEach(handler -> byName.remove(handler.name(), handler));
      old.jar().retire();
    }
  }

  private boolean register(PluginHandler handler, Path file) {
    if (byName.containsKey(handler.name())) {
      LOG.warning(() -> "handler " + handler.name() + " in " + file + " ignored: another jar has one of that name");
      return false;
    }
    try {
      handler.init();
      byName.put(handler.name(), handler);
      return true;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "handler " + handler.name() + " in " + file + " failed to init; runs of it will be refused", e);
      return false;
    }
  }

  private List<Path> jarsIn() {
    try {
      Files.createDirectories(directory);
      try (Stream<Path> files = Files.list(directory)) {
        return files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file))
            .sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the plugins directory " + directory, e);
    }
  }

  private void emptyCopies() {
    try {
      Files.createDirectories(copies);
      try (Stream<Path> old = Files.list(copies)) {
        for (Path copy : old.toList()) {
          Files.deleteIfExists(copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the directory of plugin copies " + copies, e);
    }
  }

  private record Loaded(Fingerprint fingerprint, PluginJar jar) {}

  private record Fingerprint(long size, FileTime modified) {

    static Fingerprint of(Path file) {
      try {
        return new Fingerprint(Files.size(file), Files.getLastModifiedTime(file));
      } catch (IOException e) {
        return new Fingerprint(-1, FileTime.fromMillis(0));
      }
    }
  }
}
