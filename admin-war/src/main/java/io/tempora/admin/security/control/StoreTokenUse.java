package io.tempora.admin.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/** Writes last-used times in one transaction; a time never moves back (another node may be ahead). */
@ApplicationScoped
public class StoreTokenUse {

  @PersistenceContext EntityManager em;

  @Transactional
  public void write(Map<String, Instant> lastUsedByHash) {
    lastUsedByHash.forEach((hash, at) -> em.createQuery("update ApiToken t set t.lastUsedAt = :at"
            + " where t.tokenHash = :hash and (t.lastUsedAt is null or t.lastUsedAt < :at)")
        .setParameter("at", at)
        .setParameter("hash", hash)
        .executeUpdate());
  }
}
