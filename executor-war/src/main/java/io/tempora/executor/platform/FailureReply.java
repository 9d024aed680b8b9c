package io.tempora.executor.platform;

import io.tempora.protocol.FailureText;
import io.tempora.protocol.BoundedBody;
import io.tempora.protocol.Reply;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever else goes wrong in a request (an unknown path, a wrong method or media type, a bug) is
 * answered as the protocol answers errors: HTTP 200 with code 500 and the reason, never an HTML page or
 * a stack trace, because the admins read only the envelope.
 */
@Provider
public class FailureReply implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(FailureReply.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Exception e) {
    BoundedBody.TooLarge tooLarge = BoundedBody.causeIn(e);
    if (tooLarge != null) {
      return BodyLimitFilter.tooLarge(tooLarge);
    }
    String path = uri == null ? "" : "/" + uri.getPath();
    String reason;
    if (e instanceof WebApplicationException web) {
      reason = "invalid request, " + path + ": " + web.getResponse().getStatusInfo().getReasonPhrase();
    } else {
      LOG.log(Level.SEVERE, "request to " + path + " failed; the caller is told so and may retry", e);
      reason = "the executor failed to serve " + path + ": " + FailureText.of(e);
    }
    return Response.ok(Reply.fail(reason), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
