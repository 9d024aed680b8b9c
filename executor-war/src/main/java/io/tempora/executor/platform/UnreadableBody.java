package io.tempora.executor.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.tempora.protocol.BoundedBody;
import io.tempora.protocol.JsonReasons;
import io.tempora.protocol.Reply;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * A body that is not the protocol's JSON. The admins read only the envelope, so the reason travels
 * in it (HTTP 200, code 500) rather than in a status they would not look at; it names the field, never
 * a Java class.
 */
@Provider
public class UnreadableBody implements ExceptionMapper<JsonProcessingException> {

  @Override
  public Response toResponse(JsonProcessingException e) {
    BoundedBody.TooLarge tooLarge = BoundedBody.causeIn(e);
    if (tooLarge != null) {
      return BodyLimitFilter.tooLarge(tooLarge);
    }
    return Response.ok(Reply.fail("invalid request body: " + reasonOf(e)), MediaType.APPLICATION_JSON_TYPE).build();
  }

  static String reasonOf(JsonProcessingException e) {
    if (e instanceof MismatchedInputException mismatch) {
      String field = fieldOf(mismatch);
      String expected = mismatch instanceof InvalidFormatException format
          ? "'" + format.getValue() + "' is not " + JsonReasons.describe(format.getTargetType())
          : "expected " + JsonReasons.describe(mismatch.getTargetType());
      return field.isEmpty() ? expected : field + ": " + expected;
    }
    return JsonReasons.withoutJavaNames(e.getOriginalMessage());
  }

  private static String fieldOf(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
