package io.tempora.admin.security.boundary;

import io.tempora.admin.platform.ProtocolPaths;
import io.tempora.admin.security.control.AccessToken;
import io.tempora.admin.security.control.TokenRefusals;
import io.tempora.admin.security.control.UnauthenticatedCalls;
import io.tempora.protocol.RefusedCallers;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.Reply;
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
 * Checks the executors' access token on the protocol endpoints before anything reads the body: a
 * caller without the token is answered at once and holds no request thread while it uploads slowly.
 * The refusal is HTTP 200 with code 500, as XXL-JOB peers expect.
 */
@Provider
@PreMatching
public class ProtocolTokenFilter implements ContainerRequestFilter {

  public static final String WRONG_TOKEN = "The access token is wrong.";
  /** The envelope's code once an address is over its share of refusals; XXL-JOB peers read any code but 200 as a failure. */
  static final int TOO_MANY = 429;

  @Inject AccessToken accessToken;
  @Inject TokenRefusals refusals;
  @Inject UnauthenticatedCalls unauthenticated;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!ProtocolPaths.contains(path)) {
      return;
    }
    String presented = request.getHeaderString(ProtocolHeaders.ACCESS_TOKEN);
    if (!accessToken.matches(presented)) {
      String from = http == null ? null : http.getRemoteAddr();
      Optional<Duration> wait = unauthenticated.refuse(from);
      if (wait.isPresent()) {
        long seconds = RefusedCallers.retryAfterSeconds(wait.get());
        request.abortWith(Response.ok(new Reply<>(TOO_MANY, "too many calls with a wrong access token from this address;"
                + " retry in " + seconds + " s", null), MediaType.APPLICATION_JSON_TYPE)
            .header("Retry-After", seconds).build());
        return;
      }
      refusals.refused(path, from == null ? "?" : from, presented == null || presented.isEmpty());
      request.abortWith(Response.ok(Reply.fail(WRONG_TOKEN), MediaType.APPLICATION_JSON_TYPE).build());
    }
  }
}
