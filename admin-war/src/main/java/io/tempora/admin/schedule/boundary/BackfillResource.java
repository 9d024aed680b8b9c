package io.tempora.admin.schedule.boundary;

import io.tempora.admin.schedule.control.BackfillRuns;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /v1/jobs/{id}/backfill}: the job's fire times in a past range, each stored as a BACKFILL
 * run due at its original time; answered 202 once they are stored, sent spread out from now on.
 */
@Path("v1/jobs/{id}/backfill")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BackfillResource {

  @Inject BackfillRuns backfill;

  @POST
  public Response backfillJob(@PathParam("id") long id, @NotNull @Valid BackfillRequest request) {
    return Response.accepted(BackfillView.of(backfill.store(id, request.from, request.to))).build();
  }
}
