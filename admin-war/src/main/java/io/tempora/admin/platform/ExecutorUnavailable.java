package io.tempora.admin.platform;

import jakarta.ws.rs.core.Response;

/** An executor the admin had to ask (for a run's log, say) did not answer usefully. */
public class ExecutorUnavailable extends TemporaException {

  public ExecutorUnavailable(String message) {
    super(message);
  }

  @Override
  public Response.Status status() {
    return Response.Status.BAD_GATEWAY;
  }
}
