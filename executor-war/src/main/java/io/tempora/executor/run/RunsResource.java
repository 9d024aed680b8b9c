package io.tempora.executor.run;

import io.tempora.protocol.ExecutorFeatures;
import io.tempora.protocol.JobRequest;
import io.tempora.protocol.Reply;
import io.tempora.protocol.RunState;
import io.tempora.protocol.RunStatusRequest;
import io.tempora.protocol.TriggerBatch;
import io.tempora.protocol.TriggerOutcome;
import io.tempora.protocol.TriggerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * The run endpoints of the executor protocol: {@code /run} (XXL-JOB up to 3.4) and its 3.5 name
 * {@code /trigger}, {@code /kill} and {@code /idleBeat}; and the Tempora extras announced in the
 * registration, a batch of runs in one request and the state of runs. Answers say whether a run was
 * queued, not how it went; that comes back by callback.
 */
@Path("/")
@ApplicationScoped
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
  @Path(ExecutorFeatures.BATCH_TRIGGER_PATH)
  public Reply<List<TriggerOutcome>> runs(TriggerBatch batch) {
    if (batch == null || batch.runs() == null || batch.runs().stream().anyMatch(Objects::isNull)) {
      return Reply.fail("a batch needs a body with runs, none of them null");
    }
    return Reply.ok(intake.triggerAll(batch.runs()));
  }

  @POST
  @Path(ExecutorFeatures.RUN_STATUS_PATH)
  public Reply<List<RunState>> runStatus(RunStatusRequest request) {
    if (request == null || request.logIds() == null || request.logIds().stream().anyMatch(Objects::isNull)) {
      return Reply.fail("a run status request needs a body with logIds, none of them null");
    }
    return Reply.ok(intake.states(request.logIds()));
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
