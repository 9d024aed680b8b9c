package io.tempora.admin.platform;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/** Bodies that are not JSON or have a value of the wrong type: 400 naming the field. */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

  @Override
  public Response toResponse(JsonProcessingException failure) {
    if (failure instanceof InvalidDefinitionException || failure instanceof JsonGenerationException) {
      return new UnexpectedFailureMapper().toResponse(failure);
    }
    if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."));
      return Problem.response(
          Response.Status.BAD_REQUEST, "the request body does not match the expected type",
          List.of(new Problem.FieldError(field, reasonOf(mapping))));
    }
    return Problem.response(
        Response.Status.BAD_REQUEST, "the request body is not valid JSON: " + failure.getOriginalMessage(),
        List.of(new Problem.FieldError("body", "malformed JSON")));
  }

  private static String reasonOf(JsonMappingException failure) {
    if (failure instanceof InvalidFormatException format) {
      String expected = format.getTargetType().isEnum()
          ? "one of " + List.of(format.getTargetType().getEnumConstants())
          : "a value of type " + format.getTargetType().getSimpleName();
      return "'" + format.getValue() + "' is not " + expected;
    }
    if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "expected a value of type " + mismatch.getTargetType().getSimpleName();
    }
    return failure.getOriginalMessage();
  }
}
