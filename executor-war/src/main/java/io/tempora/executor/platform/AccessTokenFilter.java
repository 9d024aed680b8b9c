package io.tempora.executor.platform;

import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.RefusedCallers;
import io.tempora.protocol.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;

/**
 * Refuses every call without the shared token. XXL-JOB admins read errors only from the body, so the
 * refusal is an HTTP 200 carrying code 500, exactly as XXL-JOB executors answer. An address over its
 * share of refusals gets code 429 and a Retry-After instead (see {@link UnauthenticatedCalls}).
 */
@Provider
@PreMatching
@ApplicationScoped
public class AccessTokenFilter implements ContainerRequestFilter {

  static final String WRONG_TOKEN = "The access token is wrong.";
  static final int TOO_MANY = 429;

  @Inject AccessGuard guard;
  @Inject UnauthenticatedCalls unauthenticated;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    if (guard.admits(request.getHeaderString(ProtocolHeaders.ACCESS_TOKEN))) {
      return;
    }
    Optional<Duration> wait = unauthenticated.refuse(http == null ? null : http.getRemoteAddr());
    if (wait.isEmpty()) {
      request.abortWith(Response.ok(Reply.fail(WRONG_TOKEN), MediaType.APPLICATION_JSON_TYPE).build());
    } else {
      long seconds = RefusedCallers.retryAfterSeconds(wait.get());
      request.abortWith(Response.ok(new Reply<>(TOO_MANY, "too many calls with a wrong access token from this address;"
              + " retry in " + seconds + " s", null), MediaType.APPLICATION_JSON_TYPE)
          .header("Retry-After", seconds).build());
    }
  }
}
