package io.tempora.admin.glue.boundary;

import io.tempora.admin.glue.control.GlueDiff;
import io.tempora.admin.glue.control.GlueHistory;
import io.tempora.admin.job.control.Jobs;
import io.tempora.admin.platform.InvalidField;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A job's glue history: the kept versions, one with its source, the diff of two, and roll-back. */
@Path("v1/jobs/{id}/glue")
@Produces(MediaType.APPLICATION_JSON)
public class GlueVersionsResource {

  @Inject Jobs jobs;
  @Inject GlueHistory history;

  /** Newest first. */
  @GET
  @Path("versions")
  public List<GlueVersionSummary> listGlueVersions(@PathParam("id") long id) {
    jobs.get(id);
    return history.versions(id).stream().map(GlueVersionSummary::of).toList();
  }

  @GET
  @Path("versions/{version}")
  public GlueVersionView getGlueVersion(@PathParam("id") long id, @PathParam("version") int version) {
    return GlueVersionView.of(history.version(id, version));
  }

  @GET
  @Path("diff")
  public GlueDiffView diffGlueVersions(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null) {
      throw new InvalidField("from", "is required: the version to compare from");
    }
    if (to == null) {
      throw new InvalidField("to", "is required: the version to compare to");
    }
    return new GlueDiffView(id, from, to, GlueDiff.between(history.version(id, from), history.version(id, to)));
  }

  /** The job's glue becomes that of the version, recorded as a new version (201, the new one). */
  @POST
  @Path("versions/{version}/rollback")
  public Response rollBackGlue(@PathParam("id") long id, @PathParam("version") int version,
      @Context SecurityContext caller, @Context UriInfo uri) {
    GlueVersionView created = GlueVersionView.of(jobs.rollBackGlue(id, version, caller.getUserPrincipal().getName()));
    return Response.created(uri.getBaseUriBuilder().path(GlueVersionsResource.class)
            .path(GlueVersionsResource.class, "getGlueVersion").build(id, created.version()))
        .entity(created)
        .build();
  }
}
