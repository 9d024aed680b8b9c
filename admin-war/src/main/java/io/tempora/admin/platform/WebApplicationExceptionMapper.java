package io.tempora.admin.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** JAX-RS's own errors (unknown path, wrong method, unsupported media type) as problems too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException failure) {
    Response.Status status = Response.Status.fromStatusCode(failure.getResponse().getStatus());
    if (status == null) {
      status = Response.Status.BAD_REQUEST;
    }
    if (failure.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
      return new JsonInputMapper().toResponse(json);
    }
    String detail = status == Response.Status.NOT_FOUND
        ? "no resource at /" + uri.getPath() + " (unknown path, or an id that is not a number)"
        : failure.getMessage();
    return Problem.response(status, detail, List.of());
  }
}
