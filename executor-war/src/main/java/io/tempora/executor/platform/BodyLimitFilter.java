package io.tempora.executor.platform;

import io.tempora.protocol.BoundedBody;
import io.tempora.protocol.Reply;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies larger than {@code tempora.executor.max-request-body} are refused, as the protocol
 * refuses (HTTP 200, code 500): at once when the declared length is larger, or as soon as a chunked body
 * passes the limit. It runs after the access token check.
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 100)
public class BodyLimitFilter implements ContainerRequestFilter {

  @Inject ExecutorConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    try {
      request.setEntityStream(BoundedBody.admit(request.getLength(), request.getEntityStream(), config.maxRequestBody()));
    } catch (BoundedBody.TooLarge refused) {
      request.abortWith(tooLarge(refused));
    }
  }

  static Response tooLarge(BoundedBody.TooLarge failure) {
    return Response.ok(Reply.fail(failure.getMessage()), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
