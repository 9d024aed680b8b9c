package io.tempora.admin.platform;

import io.tempora.protocol.Reply;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * XXL-JOB executors read only the {@code {code,msg}} envelope of HTTP 200 answers. Whatever the
 * protocol endpoints fail with — a body that is not JSON, a wrong media type or method, a failure of
 * ours — is turned from the problem the mappers made into that envelope, with the problem's reason.
 */
@Provider
public class ProtocolEnvelope implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == 200 || !ProtocolPaths.contains(request.getUriInfo().getPath())) {
      return;
    }
    String reason = response.getEntity() instanceof Problem problem ? reasonOf(problem) : response.getStatusInfo().getReasonPhrase();
    response.setStatus(200);
    response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
    response.getHeaders().remove("WWW-Authenticate");
    response.setEntity(Reply.fail(reason), null, MediaType.APPLICATION_JSON_TYPE);
  }

  private static String reasonOf(Problem problem) {
    if (problem.errors() == null || problem.errors().isEmpty()) {
      return problem.detail();
    }
    return problem.detail() + ": " + problem.errors().stream()
        .map(error -> error.field() + " " + error.reason())
        .collect(Collectors.joining("; "));
  }
}
