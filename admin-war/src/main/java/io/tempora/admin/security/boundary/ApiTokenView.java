package io.tempora.admin.security.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tempora.admin.security.entity.ApiToken;
import io.tempora.admin.security.entity.Role;
import java.time.Instant;

/** An API token as listed; {@code token} is set only in the answer that issued it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiTokenView(long id, String name, Role role, String status, Instant createdAt, String createdBy,
    Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String token) {

  static ApiTokenView of(ApiToken token, Instant now, String secret) {
    String status = token.revokedAt() != null ? "REVOKED" : token.validAt(now) ? "ACTIVE" : "EXPIRED";
    return new ApiTokenView(token.id(), token.name(), token.role(), status, token.createdAt(), token.createdBy(),
        token.expiresAt(), token.revokedAt(), token.lastUsedAt(), secret);
  }
}
