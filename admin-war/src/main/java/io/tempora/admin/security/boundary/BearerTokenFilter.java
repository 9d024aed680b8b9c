package io.tempora.admin.security.boundary;

import io.tempora.admin.platform.Problem;
import io.tempora.admin.security.control.ApiTokens;
import io.tempora.admin.security.control.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;

/** Every call under {@code /api/v1} needs {@code Authorization: Bearer <api token>}. */
@Provider
public class BearerTokenFilter implements ContainerRequestFilter {

  private static final String SCHEME = "Bearer ";

  @Inject ApiTokens tokens;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().startsWith("v1")) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      request.abortWith(unauthorized("missing bearer token: send 'Authorization: Bearer <api token>'"));
      return;
    }
    Optional<Caller> caller = tokens.callerOf(header.substring(SCHEME.length()).trim());
    if (caller.isEmpty()) {
      request.abortWith(unauthorized("the bearer token is not valid"));
    } else if (!caller.get().role().mayCall(request.getMethod())) {
      request.abortWith(
          Problem.response(Response.Status.FORBIDDEN, "a " + caller.get().role() + " token may only read", List.of()));
    } else {
      request.setSecurityContext(new CallerContext(caller.get(), request.getSecurityContext().isSecure()));
    }
  }

  private static Response unauthorized(String detail) {
    Response problem = Problem.response(Response.Status.UNAUTHORIZED, detail, List.of());
    return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tempora\"").build();
  }
}
