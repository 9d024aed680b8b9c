package io.tempora.admin.platform;

import io.tempora.protocol.BoundedBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Request bodies larger than {@code tempora.admin.max-request-body} are refused with 413: at once when
 * the declared length is larger, or as soon as a chunked body passes the limit. It runs after the
 * protocol token check, so a caller without the token is refused before its length matters; on the
 * protocol endpoints the 413 becomes the protocol's envelope.
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 100)
public class BodyLimitFilter implements ContainerRequestFilter {

  @Inject AdminConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    try {
      request.setEntityStream(BoundedBody.admit(request.getLength(), request.getEntityStream(), config.maxRequestBody()));
    } catch (BoundedBody.TooLarge refused) {
      request.abortWith(tooLarge(refused));
    }
  }

  static Response tooLarge(BoundedBody.TooLarge failure) {
    return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, failure.getMessage(), List.of());
  }
}
