package io.tempora.executor.glue;

import io.tempora.executor.platform.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where script glue is written before it runs: {@code <dir>/<jobId>_<glueVersion>.<ext>}, readable by
 * the executor's user only. Each run writes its file anew (to a temporary file, then moved into
 * place), so a file left by an older executor with different content is never run.
 */
final class ScriptFiles {

  private final Path directory;

  ScriptFiles(Path directory) {
    this.directory = directory;
  }

  Path write(long jobId, long version, String extension, String source) throws IOException {
    OwnerOnly.folder(directory);
    Path script = directory.resolve(jobId + "_" + version + "." + extension);
    Path written = Files.createTempFile(directory, jobId + "_" + version + "-", "." + extension, OwnerOnly.newFile());
    try {
      Files.writeString(written, source, StandardCharsets.UTF_8);
      return Files.move(written, script, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(written);
    }
  }
}
