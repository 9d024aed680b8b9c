package io.tempora.admin.platform;

import jakarta.ws.rs.core.Response;

/** The admin cannot serve the request now (database away, intake full); the same request may work shortly. */
public class ServiceUnavailable extends TemporaException {

  public ServiceUnavailable(String message) {
    super(message);
  }

  @Override
  public Response.Status status() {
    return Response.Status.SERVICE_UNAVAILABLE;
  }
}
