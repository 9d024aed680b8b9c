package io.tempora.executor.platform;

import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses every call without the shared token. XXL-JOB admins read errors only from the body, so the
 * refusal is an HTTP 200 carrying code 500, exactly as XXL-JOB executors answer.
 */
@Provider
@PreMatching
@ApplicationScoped
public class AccessTokenFilter implements ContainerRequestFilter {

  static final String WRONG_TOKEN = "The access token is wrong.";

  @Inject AccessGuard guard;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!guard.admits(request.getHeaderString(ProtocolHeaders.ACCESS_TOKEN))) {
      request.abortWith(Response.ok(Reply.fail(WRONG_TOKEN), MediaType.APPLICATION_JSON_TYPE).build());
    }
  }
}
