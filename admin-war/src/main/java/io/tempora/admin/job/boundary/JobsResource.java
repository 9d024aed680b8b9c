package io.tempora.admin.job.boundary;

import io.tempora.admin.glue.control.GlueEdit;
import io.tempora.admin.job.control.JobSearch;
import io.tempora.admin.job.control.Jobs;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.PageRequest;
import io.tempora.admin.platform.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

@Path("v1/jobs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

  @Inject Jobs jobs;

  @POST
  public Response createJob(@NotNull @Valid JobRequest request, @Context UriInfo uri, @Context SecurityContext caller) {
    Job job = jobs.create(JobDefinitions.from(request), glueEdit(request, caller));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(job.id())).build())
        .entity(JobView.of(job))
        .build();
  }

  /** Jobs by id; {@code q} finds a text in the name or the handler, case-blind. */
  @GET
  public JobPage listJobs(
      @QueryParam("groupId") Long groupId,
      @QueryParam("q") String text,
      @QueryParam("enabled") Boolean enabled,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    PageRequest request = PageRequest.of(page, size);
    if (text != null && text.length() > 200) {
      throw new InvalidField("q", "must be at most 200 characters");
    }
    JobSearch search = new JobSearch(groupId, text, enabled);
    return new JobPage(jobs.page(search, request).stream().map(JobView::of).toList(), page, size, jobs.count(search));
  }

  @GET
  @Path("{id}")
  public JobView getJob(@PathParam("id") long id) {
    return JobView.of(jobs.get(id));
  }

  @PUT
  @Path("{id}")
  public JobView updateJob(@PathParam("id") long id, @NotNull @Valid JobRequest request, @Context SecurityContext caller) {
    return JobView.of(jobs.update(id, JobDefinitions.from(request), glueEdit(request, caller)));
  }

  private static GlueEdit glueEdit(JobRequest request, SecurityContext caller) {
    return new GlueEdit(request.glueRemark, caller.getUserPrincipal().getName());
  }

  @DELETE
  @Path("{id}")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE}) // 204 on success; clients accepting only problems must not get 406
  public Response deleteJob(@PathParam("id") long id) {
    jobs.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/enable")
  public JobView enableJob(@PathParam("id") long id) {
    return JobView.of(jobs.enable(id));
  }

  @POST
  @Path("{id}/disable")
  public JobView disableJob(@PathParam("id") long id) {
    return JobView.of(jobs.disable(id));
  }
}
