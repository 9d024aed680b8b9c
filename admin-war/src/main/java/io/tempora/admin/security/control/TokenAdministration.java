package io.tempora.admin.security.control;

import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.ResourceNotFound;
import io.tempora.admin.platform.StateConflict;
import io.tempora.admin.security.entity.ApiToken;
import io.tempora.admin.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Issues, lists and revokes API tokens. A new token is 256 random bits, returned once and stored only
 * as its hash; revoking keeps the row (the list says who had access until when). The last valid ADMIN
 * token cannot be revoked: that would lock everyone out of the API.
 */
@ApplicationScoped
public class TokenAdministration {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A token as issued: the stored row and the token itself, which is never shown again. */
  public record Issued(ApiToken token, String secret) {}

  @Transactional
  public Issued issue(String name, Role role, Instant expiresAt, String issuedBy) {
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new InvalidField("expiresAt", "must be in the future");
    }
    String secret = newSecret();
    ApiToken token = new ApiToken(name, TokenHash.of(secret), role, now, issuedBy, expiresAt);
    em.persist(token);
    return new Issued(token, secret);
  }

  @Transactional
  public List<ApiToken> list() {
    return em.createQuery("select t from ApiToken t order by t.id", ApiToken.class).getResultList();
  }

  @Transactional
  public ApiToken get(long id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null) {
      throw new ResourceNotFound("API token", id);
    }
    return token;
  }

  /** Revokes token {@code id}; the ADMIN tokens are locked so two revocations cannot remove the last one together. */
  @Transactional
  public ApiToken revoke(long id) {
    Instant now = clock.instant();
    List<ApiToken> admins = em.createQuery("select t from ApiToken t where t.role = :admin", ApiToken.class)
        .setParameter("admin", Role.ADMIN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    ApiToken token = get(id);
    if (token.role() == Role.ADMIN && token.validAt(now)
        && admins.stream().filter(admin -> admin.validAt(now)).count() == 1) {
      throw new StateConflict("API token " + id + " is the last valid ADMIN token; issue another before revoking it");
    }
    token.revoke(now);
    return token;
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
