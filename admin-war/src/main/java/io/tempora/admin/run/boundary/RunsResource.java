package io.tempora.admin.run.boundary;

import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.PageRequest;
import io.tempora.admin.run.control.KillRun;
import io.tempora.admin.run.control.RunFilter;
import io.tempora.admin.run.control.RunLogs;
import io.tempora.admin.run.control.RunQueries;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("v1/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

  @Inject RunQueries runs;
  @Inject RunLogs logs;
  @Inject KillRun kill;

  /**
   * Runs newest first. With {@code beforeId} (the {@code nextBeforeId} of the previous page) the page
   * is the next one by id, which costs the same however deep it is; {@code page} is then not used.
   */
  @GET
  public RunPage listRuns(
      @QueryParam("jobId") Long jobId,
      @QueryParam("status") RunStatus status,
      @QueryParam("triggerType") TriggerType triggerType,
      @QueryParam("dueFrom") String dueFrom,
      @QueryParam("dueBefore") String dueBefore,
      @QueryParam("beforeId") Long beforeId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    PageRequest request = PageRequest.of(page, size);
    RunFilter filter = new RunFilter(jobId, status, triggerType, instant("dueFrom", dueFrom), instant("dueBefore", dueBefore));
    List<Run> found = beforeId == null ? runs.page(filter, request) : runs.before(filter, beforeId, size);
    Long next = found.size() == size ? found.get(found.size() - 1).id() : null;
    return new RunPage(found.stream().map(RunView::of).toList(), page, size, runs.count(filter), next);
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidField(name, "'" + value + "' is not an ISO-8601 instant such as 2026-12-02T10:00:00Z");
    }
  }

  @GET
  @Path("{id}")
  public RunView getRun(@PathParam("id") long id) {
    return RunView.of(runs.get(id));
  }

  /** The fire this run belongs to, with all its runs (the shards of a SHARDING_BROADCAST fire). */
  @GET
  @Path("{id}/fire")
  public FireView getRunFire(@PathParam("id") long id) {
    return FireView.of(runs.fireOf(id));
  }

  /** Asks the run's executor to kill it (and the job's other runs there); 202, the runs end KILLED. */
  @POST
  @Path("{id}/kill")
  public Response killRun(@PathParam("id") long id, @Context SecurityContext caller) {
    return Response.accepted(KillView.of(id, kill.kill(id, caller.getUserPrincipal().getName()))).build();
  }

  @GET
  @Path("{id}/log")
  public RunLogView getRunLog(@PathParam("id") long id, @QueryParam("fromLine") @DefaultValue("1") int fromLine) {
    if (fromLine < 1) {
      throw new InvalidField("fromLine", "must be 1 or more");
    }
    return RunLogView.of(logs.read(id, fromLine));
  }
}
