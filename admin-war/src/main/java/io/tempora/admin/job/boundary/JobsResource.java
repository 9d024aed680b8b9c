package io.tempora.admin.job.boundary;

import io.tempora.admin.glue.control.GlueEdit;
import io.tempora.admin.job.control.ChildJobs;
import io.tempora.admin.job.control.CopyJob;
import io.tempora.admin.job.control.JobSearch;
import io.tempora.admin.job.control.Jobs;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.ScheduleType;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

@Path("v1/jobs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

  @Inject Jobs jobs;
  @Inject ChildJobs children;
  @Inject CopyJob copies;

  @POST
  public Response createJob(@NotNull @Valid JobRequest request, @Context UriInfo uri, @Context SecurityContext caller) {
    return created(jobs.create(JobDefinitions.from(request), glueEdit(request, caller)), uri.getBaseUriBuilder().path(JobsResource.class));
  }

  /** A new, disabled job with the same definition (child jobs included); 201 with it. */
  @POST
  @Path("{id}/copy")
  public Response copyJob(@PathParam("id") long id, @Valid JobCopyRequest request, @Context UriInfo uri,
      @Context SecurityContext caller) {
    String name = request == null ? null : request.name;
    if (name != null && name.isBlank()) {
      throw new InvalidField("name", "must not be blank");
    }
    return created(copies.copy(id, name == null ? null : name.trim(), caller.getUserPrincipal().getName()), uri.getBaseUriBuilder().path(JobsResource.class));
  }

  private Response created(Job job, UriBuilder jobsUri) {
    return Response.created(jobsUri.path(String.valueOf(job.id())).build()).entity(view(job)).build();
  }

  /**
   * Jobs by id; {@code q} finds a text in the name or the handler, case-blind; {@code handler} a
   * handler's exact name.
   */
  @GET
  public JobPage listJobs(
      @QueryParam("groupId") Long groupId,
      @QueryParam("q") String text,
      @QueryParam("enabled") Boolean enabled,
      @QueryParam("handler") String handler,
      @QueryParam("scheduleType") ScheduleType scheduleType,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    PageRequest request = PageRequest.of(page, size);
    if (text != null && text.length() > 200) {
      throw new InvalidField("q", "must be at most 200 characters");
    }
    if (handler != null && handler.length() > 255) {
      throw new InvalidField("handler", "must be at most 255 characters");
    }
    JobSearch search = new JobSearch(groupId, text, enabled, handler == null || handler.isBlank() ? null : handler.trim(), scheduleType);
    List<Job> found = jobs.page(search, request);
    Map<Long, List<Long>> links = children.of(found.stream().map(Job::id).toList());
    return new JobPage(found.stream().map(job -> JobView.of(job, links.getOrDefault(job.id(), List.of()))).toList(),
        page, size, jobs.count(search));
  }

  @GET
  @Path("{id}")
  public JobView getJob(@PathParam("id") long id) {
    return view(jobs.get(id));
  }

  @PUT
  @Path("{id}")
  public JobView updateJob(@PathParam("id") long id, @NotNull @Valid JobRequest request, @Context SecurityContext caller) {
    return view(jobs.update(id, JobDefinitions.from(request), glueEdit(request, caller)));
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
    return view(jobs.enable(id));
  }

  @POST
  @Path("{id}/disable")
  public JobView disableJob(@PathParam("id") long id) {
    return view(jobs.disable(id));
  }

  private JobView view(Job job) {
    return JobView.of(job, children.of(job.id()));
  }
}
