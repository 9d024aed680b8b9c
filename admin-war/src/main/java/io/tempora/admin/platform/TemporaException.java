package io.tempora.admin.platform;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** The root of the admin's own failures; each subclass knows the HTTP status it means. */
public abstract class TemporaException extends RuntimeException {

  protected TemporaException(String message) {
    super(message);
  }

  public abstract Response.Status status();

  public List<Problem.FieldError> fieldErrors() {
    return List.of();
  }
}
