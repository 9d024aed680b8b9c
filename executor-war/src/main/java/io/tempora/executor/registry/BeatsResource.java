package io.tempora.executor.registry;

import io.tempora.protocol.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /beat}: the admins' liveness probe (FAILOVER routing); any body is ignored. */
@Path("beat")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BeatsResource {

  @POST
  public Reply<Void> beat() {
    return Reply.ok();
  }
}
