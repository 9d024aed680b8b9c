package io.tempora.executor.log;

import io.tempora.protocol.LogReply;
import io.tempora.protocol.LogRequest;
import io.tempora.protocol.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/** {@code /log}: a page of a run's log for the admin's console. */
@Path("log")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LogsResource {

  @Inject RunLogs logs;

  @POST
  public Object page(LogRequest request) {
    if (request == null) {
      return Reply.fail("a /log request needs a body with logId, logDateTim and fromLineNum");
    }
    try {
      return LogReply.of(logs.read(request.logDateTim(), request.logId(), request.fromLineNum()));
    } catch (IOException e) {
      return Reply.fail("cannot read the log of run " + request.logId() + ": " + e.getMessage());
    }
  }
}
