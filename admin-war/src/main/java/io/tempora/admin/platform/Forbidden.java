package io.tempora.admin.platform;

import jakarta.ws.rs.core.Response;

/** A caller whose role does not allow the call, e.g. a VIEWER listing API tokens. */
public class Forbidden extends TemporaException {

  public Forbidden(String message) {
    super(message);
  }

  @Override
  public Response.Status status() {
    return Response.Status.FORBIDDEN;
  }
}
