package io.tempora.admin.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures of request bodies and parameters, one entry per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException failure) {
    List<Problem.FieldError> errors =
        failure.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problem.response(Response.Status.BAD_REQUEST, "the request is invalid", errors);
  }

  /** The last node of the path, e.g. {@code name} for {@code create.request.name}. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    String field = "request";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.METHOD) {
        field = node.getName();
      }
    }
    return field.startsWith("arg") ? "body" : field;
  }
}
