package io.tempora.admin.security.control;

import io.tempora.admin.security.entity.Role;
import java.security.Principal;

/** Who made an API call: the name of the token presented, and what it may do. */
public record Caller(String name, Role role) implements Principal {

  @Override
  public String getName() {
    return "token '" + name + "'";
  }
}
