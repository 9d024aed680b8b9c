package io.tempora.admin.run.boundary;

import io.tempora.admin.run.control.TriggerIntake;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A run on demand ({@code POST /v1/jobs/{id}/trigger}): answered once the run is stored. */
@Path("v1/jobs/{id}/trigger")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TriggersResource {

  @Inject TriggerIntake intake;

  @POST
  public Response triggerJob(@PathParam("id") long id, @Valid TriggerRequest request) {
    long runId = intake.trigger(id, request == null ? null : request.params);
    return Response.accepted(new TriggerResponse(runId)).build();
  }
}
