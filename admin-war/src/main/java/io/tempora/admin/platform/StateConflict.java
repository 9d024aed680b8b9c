package io.tempora.admin.platform;

import jakarta.ws.rs.core.Response;

/** A request that is valid but clashes with what is stored, e.g. deleting a group that jobs use. */
public class StateConflict extends TemporaException {

  public StateConflict(String message) {
    super(message);
  }

  @Override
  public Response.Status status() {
    return Response.Status.CONFLICT;
  }
}
