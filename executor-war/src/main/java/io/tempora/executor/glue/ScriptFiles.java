package io.tempora.executor.glue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where script glue is written before it runs: {@code <dir>/<jobId>_<glueVersion>.<ext>}, readable by
 * the executor's user only. Each run writes its file anew (to a temporary file, then moved into
 * place), so a file left by an older executor with different content is never run.
 */
final class ScriptFiles {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private final Path directory;

  ScriptFiles(Path directory) {
    this.directory = directory;
  }

  Path write(long jobId, long version, String extension, String source) throws IOException {
    Files.createDirectories(directory, ownerOnly("rwx------"));
    Path script = directory.resolve(jobId + "_" + version + "." + extension);
    Path written = Files.createTempFile(directory, jobId + "_" + version + "-", "." + extension, ownerOnly("rw-------"));
    try {
      Files.writeString(written, source, StandardCharsets.UTF_8);
      return Files.move(written, script, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(written);
    }
  }

  private static FileAttribute<?>[] ownerOnly(String permissions) {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
        : new FileAttribute<?>[0];
  }
}
