package io.tempora.executor.callback;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tempora.protocol.CallbackResult;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The spool directory: one file per group of results that ended together, named
 * {@code <sequence>-run-<first run id>.json} so the name sorts in delivery order. A file is written
 * under a temporary name, forced to disk and then renamed, so a crash leaves either the whole file or
 * a temporary one, which recovery deletes: its runs had not finished ending when the process died.
 */
final class CallbackSpool {

  private static final Logger LOG = Logger.getLogger(CallbackSpool.class.getName());
  private static final String DONE = ".json";
  private static final String TEMPORARY = ".tmp";
  private static final TypeReference<List<CallbackResult>> RESULTS = new TypeReference<>() {};

  private final Path dir;
  private final ObjectMapper json;

  CallbackSpool(Path dir, ObjectMapper json) {
    this.dir = dir;
    this.json = json;
  }

  Path dir() {
    return dir;
  }

  /**
   * Hands each group an earlier process left to {@code found}, one file at a time and in no particular
   * order, so that a spool of any size is read without holding it; torn temporary files are removed.
   */
  void recover(Consumer<SpooledResults> found) throws IOException {
    Files.createDirectories(dir);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.endsWith(TEMPORARY)) {
          LOG.warning(() -> "removing " + file + ": the process stopped while writing it, before its runs had ended;"
              + " the admin times those runs out");
          Files.deleteIfExists(file);
        } else if (name.endsWith(DONE)) {
          read(file).ifPresent(found);
        }
      }
    }
  }

  /** The first {@code max} spool files with a sequence from {@code first} to {@code last}, in delivery order. */
  List<Path> files(long first, long last, int max) throws IOException {
    Comparator<Path> order = Comparator.comparingLong(CallbackSpool::sequence);
    PriorityQueue<Path> latestFirst = new PriorityQueue<>(order.reversed());
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + DONE)) {
      for (Path file : files) {
        long sequence = sequence(file);
        if (sequence >= first && sequence <= last) {
          latestFirst.add(file);
          if (latestFirst.size() > max) {
            latestFirst.poll();
          }
        }
      }
    }
    return latestFirst.stream().sorted(order).toList();
  }

  /** Writes and forces the results to disk before returning. */
  SpooledResults write(long sequence, List<CallbackResult> results) throws IOException {
    Files.createDirectories(dir);
    String name = String.format("%019d-run-%d", sequence, results.get(0).logId());
    Path temporary = dir.resolve(name + TEMPORARY);
    Path done = dir.resolve(name + DONE);
    if (Files.exists(done)) {
      throw new IOException(done + " already exists; the spool was not readable at start, so its order is unknown");
    }
    // a stream, not a channel: an interrupt of the writing thread (the container interrupts its threads at
    // undeploy, while the last runs' results are written) would close a channel in the middle of the write
    try (FileOutputStream out = new FileOutputStream(temporary.toFile())) {
      out.write(json.writeValueAsBytes(results));
      out.getFD().sync();
    }
    Files.move(temporary, done, StandardCopyOption.ATOMIC_MOVE);
    forceDirectory();
    return new SpooledResults(sequence, Optional.of(done), results);
  }

  void delete(SpooledResults spooled) throws IOException {
    if (spooled.file().isPresent()) {
      Files.deleteIfExists(spooled.file().get());
    }
  }

  /** The group in {@code file}; an unreadable file is set aside for a person and empty is returned. */
  Optional<SpooledResults> read(Path file) {
    String name = file.getFileName().toString();
    try {
      long sequence = sequence(file);
      if (sequence < 0) {
        throw new IOException("the name does not start with a sequence number");
      }
      return Optional.of(new SpooledResults(sequence, Optional.of(file), json.readValue(file.toFile(), RESULTS)));
    } catch (IOException | RuntimeException e) {
      Path aside = file.resolveSibling(name + ".unreadable");
      LOG.log(Level.SEVERE, "spool file " + file + " cannot be read; moved to " + aside
          + " for a person to inspect, its results are not sent", e);
      try {
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException moveFailed) {
        LOG.log(Level.SEVERE, "could not move " + file + " aside either; it is skipped again at the next start", moveFailed);
      }
      return Optional.empty();
    }
  }

  /** The place in the delivery order that the file's name starts with; -1 for a name that has none. */
  static long sequence(Path file) {
    String name = file.getFileName().toString();
    int end = name.indexOf('-');
    try {
      return end > 0 ? Long.parseLong(name.substring(0, end)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Makes the rename itself durable; some platforms cannot open a directory, and then rely on the rename alone. */
  private void forceDirectory() {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      LOG.log(Level.FINE, "cannot force directory " + dir + " on this platform", e);
    }
  }
}
