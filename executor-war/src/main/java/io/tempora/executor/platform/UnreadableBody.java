package io.tempora.executor.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tempora.protocol.Reply;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not the protocol's JSON. The admins read only the envelope, so the reason travels
 * in it (HTTP 200, code 500) rather than in a status they would not look at.
 */
@Provider
public class UnreadableBody implements ExceptionMapper<JsonProcessingException> {

  @Override
  public Response toResponse(JsonProcessingException e) {
    return Response.ok(Reply.fail("invalid request body: " + e.getOriginalMessage()), MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
