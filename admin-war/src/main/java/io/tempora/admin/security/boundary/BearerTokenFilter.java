package io.tempora.admin.security.boundary;

import io.tempora.admin.platform.Problem;
import io.tempora.admin.security.control.ApiTokens;
import io.tempora.admin.security.control.Caller;
import io.tempora.admin.security.control.UnauthenticatedCalls;
import io.tempora.protocol.RefusedCallers;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every call under {@code /api/v1} needs {@code Authorization: Bearer <api token>}. An address whose
 * calls keep being refused is told to wait (429) once over its share (see {@link UnauthenticatedCalls}).
 */
@Provider
public class BearerTokenFilter implements ContainerRequestFilter {

  private static final String SCHEME = "Bearer ";

  @Inject ApiTokens tokens;
  @Inject UnauthenticatedCalls unauthenticated;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().startsWith("v1")) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      refuse(request, "missing bearer token: send 'Authorization: Bearer <api token>'");
      return;
    }
    Optional<Caller> caller = tokens.callerOf(header.substring(SCHEME.length()).trim());
    if (caller.isEmpty()) {
      refuse(request, "the bearer token is not valid");
    } else if (!caller.get().role().mayCall(request.getMethod())) {
      request.abortWith(
          Problem.response(Response.Status.FORBIDDEN, "a " + caller.get().role() + " token may only read", List.of()));
    } else {
      request.setSecurityContext(new CallerContext(caller.get(), request.getSecurityContext().isSecure()));
    }
  }

  private void refuse(ContainerRequestContext request, String detail) {
    Optional<Duration> wait = unauthenticated.refuse(http == null ? null : http.getRemoteAddr());
    request.abortWith(wait.isEmpty() ? unauthorized(detail) : tooMany(wait.get()));
  }

  private static Response tooMany(Duration wait) {
    long seconds = RefusedCallers.retryAfterSeconds(wait);
    Response problem = Problem.response(Response.Status.TOO_MANY_REQUESTS,
        "too many calls without valid credentials from this address; retry in " + seconds + " s", List.of());
    return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build();
  }

  private static Response unauthorized(String detail) {
    Response problem = Problem.response(Response.Status.UNAUTHORIZED, detail, List.of());
    return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tempora\"").build();
  }
}
