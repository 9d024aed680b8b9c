package io.tempora.admin.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class TemporaExceptionMapper implements ExceptionMapper<TemporaException> {

  @Override
  public Response toResponse(TemporaException failure) {
    return Problem.response(failure.status(), failure.getMessage(), failure.fieldErrors());
  }
}
