package io.tempora.admin.security.control;

import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.platform.SecretFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;

/**
 * The secret shared with executors ({@code XXL-JOB-ACCESS-TOKEN}): {@code tempora.access-token} when
 * set (several admin nodes must share it), otherwise generated once into the data directory.
 */
@ApplicationScoped
public class AccessToken {

  static final String TOKEN_FILE = "secrets/access-token";
  private static final Logger LOG = Logger.getLogger(AccessToken.class.getName());

  @Inject AdminConfig config;

  private volatile String token;

  public void ensure() {
    value();
  }

  public String value() {
    String current = token;
    if (current == null) {
      current = config.accessToken().orElseGet(this::fromFile);
      token = current;
    }
    return current;
  }

  /**
   * Constant-time comparison, so the token cannot be guessed byte by byte from response times. An empty
   * token never matches, whatever is configured: XXL-JOB reads an empty token as "no check", Tempora not.
   */
  public boolean matches(String presented) {
    return presented != null
        && !presented.isEmpty()
        && MessageDigest.isEqual(
            value().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  /** Where an executor finds this token, for the message that tells an operator how to fix a mismatch. */
  public String source() {
    return config.accessToken().isPresent()
        ? "the value of tempora.access-token set on this admin"
        : "the contents of " + config.dataDir().resolve(TOKEN_FILE);
  }

  private String fromFile() {
    var file = config.dataDir().resolve(TOKEN_FILE);
    SecretFiles.Secret secret = SecretFiles.readOrCreate(file);
    LOG.info(() -> "executor access token " + (secret.created() ? "generated; it is in " : "is in ") + file);
    return secret.value();
  }
}
