package io.tempora.executor.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders and files of the executor that only the account it runs as may read: run logs and glue
 * scripts. A folder of ours that exists with wider rights (from an older version) is narrowed.
 */
public final class OwnerOnly {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OwnerOnly() {}

  /** Creates {@code folder} (and missing parents) readable by the owner only. */
  public static Path folder(Path folder) throws IOException {
    Files.createDirectories(folder, attributes("rwx------"));
    if (POSIX) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
    return folder;
  }

  /** Narrows an existing file to its owner, whatever umask it was created under. */
  public static void file(Path file) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /** Attributes for a new file only its owner may read and write. */
  public static FileAttribute<?>[] newFile() {
    return attributes("rw-------");
  }

  private static FileAttribute<?>[] attributes(String permissions) {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
        : new FileAttribute<?>[0];
  }
}
