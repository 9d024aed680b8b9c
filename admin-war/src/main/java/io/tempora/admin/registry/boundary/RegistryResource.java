package io.tempora.admin.registry.boundary;

import io.tempora.admin.registry.control.Registrations;
import io.tempora.admin.security.control.AccessToken;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.RegistryRequest;
import io.tempora.protocol.Reply;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The XXL-JOB registry endpoints executors call; errors travel in {@code code}, as peers expect. */
@Path("/")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

  @Inject Registrations registrations;
  @Inject AccessToken accessToken;

  @POST
  @Path("registry")
  public Reply<Void> registry(@HeaderParam(ProtocolHeaders.ACCESS_TOKEN) String token, RegistryRequest request) {
    return handle(token, request, () -> registrations.beat(request.registryKey(), request.registryValue(), request.handlers(), request.features()));
  }

  @POST
  @Path("registryRemove")
  public Reply<Void> registryRemove(@HeaderParam(ProtocolHeaders.ACCESS_TOKEN) String token, RegistryRequest request) {
    return handle(token, request, () -> registrations.remove(request.registryKey(), request.registryValue()));
  }

  private Reply<Void> handle(String token, RegistryRequest request, Runnable action) {
    if (!accessToken.matches(token)) {
      return Reply.fail("The access token is wrong.");
    }
    if (request == null || isBlank(request.registryKey()) || isBlank(request.registryValue())) {
      return Reply.fail("Illegal Argument: registryKey and registryValue are required.");
    }
    if (request.registryKey().length() > 64 || request.registryValue().length() > 255) {
      return Reply.fail("Illegal Argument: registryKey ≤ 64 and registryValue ≤ 255 characters.");
    }
    action.run();
    return Reply.ok();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
