package io.tempora.admin.security.boundary;

import io.tempora.admin.security.entity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A token to issue: a name people recognise, what it may do, and optionally until when. */
public class ApiTokenRequest {
  @NotBlank @Size(max = 100) public String name;
  @NotNull public Role role;
  public Instant expiresAt;
}
