package io.tempora.executor.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Deletes script glue files ({@code <jobId>_<version>.<ext>}) of superseded versions: a file is kept
 * while it is its job's newest version, or younger than {@link #MIN_AGE} (a run of the previous
 * version may still be running it).
 */
public final class RemoveOldGlue {

  static final Duration MIN_AGE = Duration.ofDays(1);
  private static final Pattern NAME = Pattern.compile("(\\d{1,18})_(\\d{1,18})\\.[^.]+");
  private static final Logger LOG = Logger.getLogger(RemoveOldGlue.class.getName());

  private final Path glueDir;
  private final Clock clock;

  public RemoveOldGlue(Path glueDir, Clock clock) {
    this.glueDir = glueDir;
    this.clock = clock;
  }

  /** @return how many files were deleted */
  public int run() {
    if (!Files.isDirectory(glueDir)) {
      return 0;
    }
    Instant cutoff = clock.instant().minus(MIN_AGE);
    int removed = 0;
    for (List<GlueFile> versions : glueFilesByJob().values()) {
      long newest = versions.stream().mapToLong(GlueFile::version).max().orElseThrow();
      for (GlueFile file : versions) {
        if (file.version() < newest && modified(file.path()).isBefore(cutoff) && delete(file.path())) {
          removed++;
        }
      }
    }
    return removed;
  }

  private Map<Long, List<GlueFile>> glueFilesByJob() {
    try (Stream<Path> files = Files.list(glueDir)) {
      return files.map(RemoveOldGlue::parse)
          .filter(file -> file != null)
          .sorted(Comparator.comparing(GlueFile::path))
          .collect(Collectors.groupingBy(GlueFile::jobId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the glue directory " + glueDir, e);
    }
  }

  private static GlueFile parse(Path path) {
    Matcher name = NAME.matcher(path.getFileName().toString());
    if (!name.matches()) {
      return null;
    }
    return new GlueFile(path, Long.parseLong(name.group(1)), Long.parseLong(name.group(2)));
  }

  private static Instant modified(Path path) {
    try {
      return Files.getLastModifiedTime(path).toInstant();
    } catch (IOException e) {
      return Instant.MAX;
    }
  }

  private static boolean delete(Path path) {
    try {
      return Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot delete the old glue file " + path + "; will try again at the next check", e);
      return false;
    }
  }

  private record GlueFile(Path path, long jobId, long version) {}
}
