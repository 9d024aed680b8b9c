package io.tempora.admin.platform;

import jakarta.ws.rs.core.Response;

/** An id in the path that names nothing. */
public class ResourceNotFound extends TemporaException {

  public ResourceNotFound(String kind, long id) {
    super(kind + " " + id + " does not exist");
  }

  @Override
  public Response.Status status() {
    return Response.Status.NOT_FOUND;
  }
}
