package io.tempora.admin.platform;

import io.tempora.protocol.BoundedBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: the client gets an incident id, the log gets the stack trace. A database that cannot
 * be reached is a 503 that names it, not an incident.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Override
  public Response toResponse(Exception failure) {
    BoundedBody.TooLarge tooLarge = BoundedBody.causeIn(failure);
    if (tooLarge != null) {
      return BodyLimitFilter.tooLarge(tooLarge);
    }
    if (databaseAway(failure)) {
      LOG.warning(() -> "request refused with 503: the database is unreachable (" + failure + ")");
      return Problem.response(Response.Status.SERVICE_UNAVAILABLE,
          "the database is unreachable; scheduled runs go on from memory, try the request again shortly", List.of());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "request failed unexpectedly, incident " + incident, failure);
    return Problem.response(
        Response.Status.INTERNAL_SERVER_ERROR, "internal error, incident " + incident + " in the admin log", List.of());
  }

  static boolean databaseAway(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLTransientConnectionException
          || cause instanceof java.sql.SQLNonTransientConnectionException
          || cause instanceof org.hibernate.exception.JDBCConnectionException
          || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
          || (cause.getMessage() != null && cause.getMessage().contains("Unable to acquire JDBC Connection"))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
