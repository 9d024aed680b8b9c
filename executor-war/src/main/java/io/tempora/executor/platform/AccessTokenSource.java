package io.tempora.executor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Finds the access token: the configured value, else the file the admin writes. An executor started
 * right after its admin in the same data directory waits a while for that file before giving up.
 */
public class AccessTokenSource {

  private static final Logger LOG = Logger.getLogger(AccessTokenSource.class.getName());
  private static final Duration POLL = Duration.ofMillis(250);

  private final Clock clock;
  private final Duration wait;

  public AccessTokenSource(Clock clock, Duration wait) {
    this.clock = clock;
    this.wait = wait;
  }

  public AccessToken resolve(Optional<String> configured, Path file, boolean insecure) {
    if (configured.isPresent()) {
      return AccessToken.of(configured.get());
    }
    Optional<String> fromFile = insecure ? read(file) : awaitFile(file);
    if (fromFile.isPresent()) {
      return AccessToken.of(fromFile.get());
    }
    if (insecure) {
      LOG.warning(
          "RUNNING WITHOUT AN ACCESS TOKEN (tempora.executor.insecure=true): anyone who can reach this"
              + " executor can run, kill and read every job on it");
      return AccessToken.none();
    }
    throw new AccessTokenMissing(file);
  }

  private Optional<String> awaitFile(Path file) {
    Instant deadline = clock.instant().plus(wait);
    Optional<String> token = read(file);
    if (token.isEmpty()) {
      LOG.info(() -> "waiting up to " + wait.toSeconds() + " s for the admin to write the access token to " + file);
    }
    while (token.isEmpty() && clock.instant().isBefore(deadline)) {
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      token = read(file);
    }
    return token;
  }

  private static Optional<String> read(Path file) {
    try {
      return Files.isRegularFile(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim()).filter(s -> !s.isEmpty())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the access token file " + file, e);
    }
  }
}
