package io.tempora.admin.run.boundary;

import io.tempora.admin.run.control.KeyedTriggers;
import io.tempora.admin.run.control.TriggerIntake;
import io.tempora.admin.run.control.Triggered;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A run on demand ({@code POST /v1/jobs/{id}/trigger}): answered 202 once the run is stored; with an
 * {@code Idempotency-Key} a repeat is answered 200 with the first run.
 */
@Path("v1/jobs/{id}/trigger")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TriggersResource {

  static final String REPLAYED = "Idempotent-Replayed";

  @Inject TriggerIntake intake;
  @Inject KeyedTriggers keyed;

  @POST
  public Response triggerJob(
      @PathParam("id") long id, @HeaderParam(KeyedTriggers.HEADER) String key, @Valid TriggerRequest request) {
    String params = request == null ? null : request.params;
    String address = request == null ? null : request.executorAddress;
    if (key == null) {
      return Response.accepted(new TriggerResponse(intake.trigger(id, params, address))).build();
    }
    Triggered triggered = keyed.trigger(id, key, params, address);
    Response.ResponseBuilder answer = triggered.replayed()
        ? Response.ok().header(REPLAYED, "true")
        : Response.accepted();
    return answer.entity(new TriggerResponse(triggered.runId())).build();
  }
}
