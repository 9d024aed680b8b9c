package io.tempora.admin.registry.boundary;

import io.tempora.admin.registry.control.Registrations;
import io.tempora.protocol.RegistryRequest;
import io.tempora.protocol.Reply;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * The XXL-JOB registry endpoints executors call; errors travel in {@code code}, as peers expect. The
 * access token was checked before the body was read ({@code ProtocolTokenFilter}).
 */
@Path("/")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

  @Inject Registrations registrations;

  @POST
  @Path("registry")
  public Reply<Void> registry(RegistryRequest request) {
    return handle(request, () -> registrations.beat(request.registryKey(), request.registryValue(), request.handlers(), request.features()));
  }

  @POST
  @Path("registryRemove")
  public Reply<Void> registryRemove(RegistryRequest request) {
    return handle(request, () -> registrations.remove(request.registryKey(), request.registryValue()));
  }

  private static Reply<Void> handle(RegistryRequest request, Runnable action) {
    Optional<String> invalid = RegistryRequests.whatIsInvalid(request);
    if (invalid.isPresent()) {
      return Reply.fail("Illegal Argument: " + invalid.get());
    }
    action.run();
    return Reply.ok();
  }
}
