package io.tempora.admin.platform;

import io.tempora.protocol.BoundedBody;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/**
 * JAX-RS's own errors (unknown path, wrong method, unsupported media type) as problems too. A query
 * or header parameter that does not convert is the caller's mistake, a 400 naming it, where JAX-RS
 * would answer 404; a path segment that does not convert still means no such resource.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException failure) {
    BoundedBody.TooLarge tooLarge = BoundedBody.causeIn(failure);
    if (tooLarge != null) {
      return BodyLimitFilter.tooLarge(tooLarge);
    }
    if (failure.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
      return new JsonInputMapper().toResponse(json);
    }
    if (failure instanceof ParamException param && !(param instanceof ParamException.PathParamException)) {
      return invalidParameter(param);
    }
    Response.Status status = Response.Status.fromStatusCode(failure.getResponse().getStatus());
    if (status == null) {
      status = Response.Status.BAD_REQUEST;
    }
    String detail = status == Response.Status.NOT_FOUND
        ? "no resource at /" + uri.getPath() + " (unknown path, or an id that is not a number)"
        : failure.getMessage();
    return Problem.response(status, detail, List.of());
  }

  private Response invalidParameter(ParamException param) {
    String name = param.getParameterName();
    String value = param instanceof ParamException.QueryParamException ? uri.getQueryParameters().getFirst(name) : null;
    String reason = value == null ? "has a value of the wrong type" : "'" + value + "' is not a valid value";
    return Problem.response(Response.Status.BAD_REQUEST, "the request has an invalid parameter",
        List.of(new Problem.FieldError(name, reason + "; see the API description for its type")));
  }
}
