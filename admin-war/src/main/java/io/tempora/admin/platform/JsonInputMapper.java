package io.tempora.admin.platform;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.tempora.protocol.BoundedBody;
import io.tempora.protocol.JsonReasons;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bodies that are not JSON or have a value of the wrong type: 400 naming the field. Reasons speak of
 * JSON values, never of our Java types, which are no business of the caller.
 */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

  private static final String DUPLICATE = "Duplicate field '";

  @Override
  public Response toResponse(JsonProcessingException failure) {
    BoundedBody.TooLarge tooLarge = BoundedBody.causeIn(failure);
    if (tooLarge != null) {
      return BodyLimitFilter.tooLarge(tooLarge);
    }
    if (failure instanceof InvalidDefinitionException || failure instanceof JsonGenerationException) {
      return new UnexpectedFailureMapper().toResponse(failure);
    }
    if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."));
      return badRequest("the request body does not match the expected type", field, reasonOf(mapping));
    }
    if (failure instanceof MismatchedInputException mismatch) {
      return badRequest("the request body does not match the expected type", "body",
          "expected " + JsonReasons.describe(mismatch.getTargetType()));
    }
    String message = String.valueOf(failure.getOriginalMessage());
    if (message.startsWith(DUPLICATE)) {
      return badRequest("the request body names a field twice", duplicateName(failure, message), "appears more than once");
    }
    return badRequest("the request body is not valid JSON", "body", JsonReasons.withoutJavaNames(message));
  }

  private static Response badRequest(String detail, String field, String reason) {
    return Problem.response(Response.Status.BAD_REQUEST, detail, List.of(new Problem.FieldError(field, reason)));
  }

  private static String duplicateName(JsonProcessingException failure, String message) {
    if (failure.getProcessor() instanceof JsonParser parser && parser.getParsingContext().getCurrentName() != null) {
      return parser.getParsingContext().getCurrentName();
    }
    int end = message.indexOf('\'', DUPLICATE.length());
    return end > 0 ? message.substring(DUPLICATE.length(), end) : "body";
  }

  private static String reasonOf(JsonMappingException failure) {
    if (failure instanceof UnrecognizedPropertyException unknown) {
      return "is not a field of this request; its fields are " + unknown.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
    if (failure instanceof InvalidFormatException format) {
      return "'" + format.getValue() + "' is not " + JsonReasons.describe(format.getTargetType());
    }
    if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "expected " + JsonReasons.describe(mismatch.getTargetType());
    }
    return JsonReasons.withoutJavaNames(failure.getOriginalMessage());
  }
}
