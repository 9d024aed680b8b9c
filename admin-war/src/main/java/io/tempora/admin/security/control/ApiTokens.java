package io.tempora.admin.security.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.platform.SecretFiles;
import io.tempora.admin.security.entity.ApiToken;
import io.tempora.admin.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/** Checks bearer tokens against the stored hashes, and issues the first admin token. */
@ApplicationScoped
public class ApiTokens {

  static final String TOKEN_FILE = "secrets/admin-api-token";
  private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AdminConfig config;
  @Inject Clock clock;

  @Inject TokenUse use;

  /**
   * Callers by token hash, each remembered for a second only: a token revoked or expired on any admin
   * node stops working everywhere within that second, and a busy client still costs one query a second.
   */
  private final Cache<String, Optional<Known>> byHash =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(1)).maximumSize(10_000).build();

  /** Makes sure this node's token file exists and its token is valid. */
  @Transactional
  public Path ensureAdminToken() {
    Path file = config.dataDir().resolve(TOKEN_FILE);
    SecretFiles.Secret secret = SecretFiles.readOrCreate(file);
    String hash = TokenHash.of(secret.value());
    if (find(hash).isEmpty()) {
      em.persist(new ApiToken("admin (first start)", hash, Role.ADMIN, clock.instant()));
      LOG.info(() -> "admin API token generated; it is in " + file);
    } else {
      LOG.info(() -> "admin API token is in " + file);
    }
    return file;
  }

  /** Who presents this token, or empty when it is unknown, revoked or expired. */
  public Optional<Caller> callerOf(String presentedToken) {
    if (presentedToken == null || presentedToken.isBlank()) {
      return Optional.empty();
    }
    String hash = TokenHash.of(presentedToken);
    Instant now = clock.instant();
    Optional<Known> known = byHash.get(hash, h -> find(h).filter(token -> token.revokedAt() == null)
        .map(token -> new Known(new Caller(token.name(), token.role()), token.expiresAt())));
    Optional<Caller> caller = known.filter(k -> k.expiresAt() == null || now.isBefore(k.expiresAt())).map(Known::caller);
    caller.ifPresent(c -> use.used(hash, now));
    return caller;
  }

  private Optional<ApiToken> find(String hash) {
    return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  private record Known(Caller caller, Instant expiresAt) {}
}
