package io.tempora.executor.run;

import io.tempora.protocol.JobRequest;
import io.tempora.protocol.Reply;
import io.tempora.protocol.TriggerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The run endpoints of the executor protocol: {@code /run} (XXL-JOB up to 3.4) and its 3.5 name
 * {@code /trigger}, {@code /kill} and {@code /idleBeat}. Answers say whether the run was queued, not
 * how it went; that comes back by callback.
 */
@Path("/")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

  @Inject RunIntake intake;

  @POST
  @Path("run")
  public Reply<Void> run(TriggerRequest trigger) {
    return trigger == null ? Reply.fail("a run needs a body") : intake.trigger(trigger);
  }

  @POST
  @Path("trigger")
  public Reply<Void> trigger(TriggerRequest trigger) {
    return run(trigger);
  }

  @POST
  @Path("kill")
  public Reply<Void> kill(JobRequest job) {
    return job == null ? Reply.fail("a kill needs a body with jobId") : intake.kill(job.jobId());
  }

  @POST
  @Path("idleBeat")
  public Reply<Void> idleBeat(JobRequest job) {
    return job == null ? Reply.fail("an idle beat needs a body with jobId") : intake.idleBeat(job.jobId());
  }
}
