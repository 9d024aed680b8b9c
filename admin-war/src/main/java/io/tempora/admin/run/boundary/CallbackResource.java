package io.tempora.admin.run.boundary;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.tempora.admin.platform.JsonProvider;
import io.tempora.admin.run.control.CompleteRuns;
import io.tempora.admin.security.control.AccessToken;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.Reply;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Executors' results ({@code /api/callback}): a bare array (XXL-JOB ≤ 3.4) or {@code callbackList}
 * (3.5). The answer is sent only after the results are committed.
 */
@Path("callback")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {

  private static final TypeReference<List<CallbackResult>> RESULTS = new TypeReference<>() {};

  @Inject CompleteRuns completeRuns;
  @Inject AccessToken accessToken;

  @POST
  public Reply<Void> callback(@HeaderParam(ProtocolHeaders.ACCESS_TOKEN) String token, JsonNode body) {
    if (!accessToken.matches(token)) {
      return Reply.fail("The access token is wrong.");
    }
    JsonNode list = body != null && body.isObject() ? body.get("callbackList") : body;
    if (list == null || !list.isArray()) {
      return Reply.fail("Illegal Argument: expected an array of results or {\"callbackList\":[...]}.");
    }
    List<CallbackResult> results;
    try {
      results = JsonProvider.MAPPER.convertValue(list, RESULTS);
    } catch (IllegalArgumentException e) {
      return Reply.fail("Illegal Argument: " + e.getMessage());
    }
    completeRuns.complete(results);
    return Reply.ok();
  }
}
