package io.tempora.admin.security.boundary;

import io.tempora.admin.security.control.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The caller of an API request, for resources that record who did something. */
record CallerContext(Caller caller, boolean secure) implements SecurityContext {

  @Override
  public Principal getUserPrincipal() {
    return caller;
  }

  @Override
  public boolean isUserInRole(String role) {
    return caller.role().name().equals(role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return "Bearer";
  }
}
