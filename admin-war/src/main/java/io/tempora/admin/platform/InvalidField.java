package io.tempora.admin.platform;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Input that is well-formed JSON but wrong for the domain, e.g. a cron expression that does not parse. */
public class InvalidField extends TemporaException {

  private final String field;
  private final String reason;

  public InvalidField(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  @Override
  public Response.Status status() {
    return Response.Status.BAD_REQUEST;
  }

  @Override
  public List<Problem.FieldError> fieldErrors() {
    return List.of(new Problem.FieldError(field, reason));
  }
}
