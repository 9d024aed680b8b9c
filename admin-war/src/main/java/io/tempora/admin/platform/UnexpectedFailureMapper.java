package io.tempora.admin.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The last resort: the client gets an incident id, the log gets the stack trace. */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Override
  public Response toResponse(Exception failure) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "request failed unexpectedly, incident " + incident, failure);
    return Problem.response(
        Response.Status.INTERNAL_SERVER_ERROR, "internal error, incident " + incident + " in the admin log", List.of());
  }
}
