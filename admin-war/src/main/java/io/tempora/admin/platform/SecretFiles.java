package io.tempora.admin.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets generated on first start and kept, readable by their owner only, in the data directory.
 * A secret is written and synced under a temporary name and then linked into place, so a reader sharing
 * the directory (another admin node, an executor) never sees the file empty or half written, and two
 * processes starting together agree on one value. A secret file that exists but is blank is refused:
 * an empty secret would let anyone in.
 */
public final class SecretFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretFiles() {}

  /** The secret stored at {@code file}; a new random one when the file does not exist yet. */
  public static Secret readOrCreate(Path file) {
    try {
      OwnerOnly.folder(file.getParent());
      if (!Files.exists(file)) {
        String token = newToken();
        if (publish(file, token)) {
          return new Secret(token, true);
        }
      }
      return new Secret(read(file), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the secret file " + file, e);
    }
  }

  private static String read(Path file) throws IOException {
    String value = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (value.isEmpty()) {
      throw new BlankSecret(file);
    }
    return value;
  }

  /** False when another process published the file first; its value then counts. */
  private static boolean publish(Path file, String token) throws IOException {
    Path draft = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".new", OwnerOnly.file());
    try {
      try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.WRITE)) {
        channel.write(StandardCharsets.UTF_8.encode(token + "\n"));
        channel.force(true);
      }
      try {
        // a hard link fails when the name exists, where a rename would silently replace the other's secret
        Files.createLink(file, draft);
      } catch (UnsupportedOperationException noLinks) {
        Files.move(draft, file);
      }
      return true;
    } catch (FileAlreadyExistsException raced) {
      return false;
    } finally {
      Files.deleteIfExists(draft);
    }
  }

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public record Secret(String value, boolean created) {}

  /** The secret file is there but empty: refuse to start rather than accept an empty secret. */
  public static final class BlankSecret extends IllegalStateException {

    BlankSecret(Path file) {
      super("the secret file " + file + " is empty; an empty secret would admit anyone, so the admin does not"
          + " start. Delete the file to have a new secret generated (executors and other admin nodes then need"
          + " the new value), or write the secret into it");
    }
  }
}
