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

/** A REST API token; the token itself is never stored, only its SHA-256. */
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

  protected ApiToken() {}

  public ApiToken(String name, String tokenHash, Role role, Instant createdAt) {
    this.name = name;
    this.tokenHash = tokenHash;
    this.role = role;
    this.createdAt = createdAt;
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
