package io.tempora.admin.run.boundary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.tempora.admin.platform.JsonProvider;
import io.tempora.admin.run.control.CompleteRuns;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.Reply;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Executors' results ({@code /api/callback}): a bare array (XXL-JOB ≤ 3.4) or {@code callbackList}
 * (3.5). The answer is sent only after the results are committed. The access token was checked before
 * the body was read ({@code ProtocolTokenFilter}).
 */
@Path("callback")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {

  /** {@code logDateTim} is optional in the protocol, so a missing one reads as 0 rather than failing. */
  private static final ObjectReader RESULT =
      JsonProvider.MAPPER.readerFor(CallbackResult.class).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  @Inject CompleteRuns completeRuns;

  @POST
  public Reply<Void> callback(JsonNode body) {
    JsonNode list = body != null && body.isObject() ? body.get("callbackList") : body;
    if (list == null || !list.isArray()) {
      return Reply.fail("Illegal Argument: expected an array of results or {\"callbackList\":[...]}.");
    }
    List<CallbackResult> results = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Optional<String> invalid = whatIsInvalid(list.get(i));
      if (invalid.isPresent()) {
        return Reply.fail("Illegal Argument: [" + i + "]" + invalid.get());
      }
      try {
        results.add(RESULT.readValue(list.get(i)));
      } catch (IOException e) {
        return Reply.fail("Illegal Argument: [" + i + "] does not have the fields of a result with their types");
      }
    }
    completeRuns.complete(results);
    return Reply.ok();
  }

  private static Optional<String> whatIsInvalid(JsonNode result) {
    if (!result.isObject()) {
      return Optional.of(" must be an object");
    }
    for (String field : List.of("logId", "handleCode")) {
      if (!result.path(field).canConvertToLong()) {
        return Optional.of("." + field + " is required and must be an integer");
      }
    }
    JsonNode time = result.has("logDateTim") ? result.get("logDateTim") : result.path("logDateTime");
    if (!time.isMissingNode() && !time.isNull() && !time.canConvertToLong()) {
      return Optional.of(".logDateTim must be epoch milliseconds");
    }
    return Optional.empty();
  }
}
