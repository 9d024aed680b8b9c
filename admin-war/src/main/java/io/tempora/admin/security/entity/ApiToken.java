package io.tempora.admin.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A REST API token; the token itself is never stored, only its SHA-256. A token is valid until it is
 * revoked or expires; revoked tokens are kept so the list says who had access when.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", length = 120)
  private String createdBy;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiToken() {}

  public ApiToken(String name, String tokenHash, Role role, Instant createdAt) {
    this(name, tokenHash, role, createdAt, null, null);
  }

  public ApiToken(String name, String tokenHash, Role role, Instant createdAt, String createdBy, Instant expiresAt) {
    this.name = name;
    this.tokenHash = tokenHash;
    this.role = role;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.expiresAt = expiresAt;
  }

  public boolean validAt(Instant at) {
    return revokedAt == null && (expiresAt == null || at.isBefore(expiresAt));
  }

  /** False when it was revoked already: revoking twice keeps the first time. */
  public boolean revoke(Instant at) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = at;
    return true;
  }

  public Long id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public String name() {
    return name;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public Role role() {
    return role;
  }
}
