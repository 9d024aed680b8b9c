package io.tempora.admin.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets generated on first start and kept, readable by their owner only, in the data directory.
 * Creation is atomic, so two processes sharing a data directory agree on one value.
 */
public final class SecretFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretFiles() {}

  /** The secret stored at {@code file}; a new random one when the file does not exist yet. */
  public static Secret readOrCreate(Path file) {
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        try {
          String token = newToken();
          createOwnerOnly(file);
          Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
          return new Secret(token, true);
        } catch (FileAlreadyExistsException raced) {
          // another process created it first: use theirs
        }
      }
      return new Secret(Files.readString(file, StandardCharsets.UTF_8).trim(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the secret file " + file, e);
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public record Secret(String value, boolean created) {}
}
