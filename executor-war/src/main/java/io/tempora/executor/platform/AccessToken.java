package io.tempora.executor.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The secret admins and this executor share, or the explicit decision to run without one. Tokens are
 * compared in constant time so response timing does not leak how much of a guess was right.
 */
public final class AccessToken {

  private final byte[] secret;

  private AccessToken(byte[] secret) {
    this.secret = secret;
  }

  public static AccessToken of(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("an access token must not be blank");
    }
    return new AccessToken(token.getBytes(StandardCharsets.UTF_8));
  }

  public static AccessToken none() {
    return new AccessToken(null);
  }

  public boolean admits(String presented) {
    if (secret == null) {
      return true;
    }
    return presented != null && MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8));
  }

  /** What to send to the admins; empty when running insecure. */
  public Optional<String> value() {
    return Optional.ofNullable(secret).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }
}
