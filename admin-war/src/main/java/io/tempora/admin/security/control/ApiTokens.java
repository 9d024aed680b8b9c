package io.tempora.admin.security.control;

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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** Checks bearer tokens against the stored hashes, and issues the first admin token. */
@ApplicationScoped
public class ApiTokens {

  static final String TOKEN_FILE = "secrets/admin-api-token";
  private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AdminConfig config;
  @Inject Clock clock;

  private final Map<String, Caller> callerByHash = new ConcurrentHashMap<>();

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

  /** Who presents this token, or empty when it is unknown. */
  public Optional<Caller> callerOf(String presentedToken) {
    if (presentedToken == null || presentedToken.isBlank()) {
      return Optional.empty();
    }
    String hash = TokenHash.of(presentedToken);
    Caller cached = callerByHash.get(hash);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Caller> caller = find(hash).map(token -> new Caller(token.name(), token.role()));
    caller.ifPresent(c -> callerByHash.put(hash, c));
    return caller;
  }

  private Optional<ApiToken> find(String hash) {
    return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }
}
