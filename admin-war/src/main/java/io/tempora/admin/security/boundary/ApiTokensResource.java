package io.tempora.admin.security.boundary;

import io.tempora.admin.platform.Forbidden;
import io.tempora.admin.security.control.TokenAdministration;
import io.tempora.admin.security.entity.Role;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;

/** API tokens, for ADMIN callers only: even reading the list tells who has access. */
@Path("v1/api-tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

  @Inject TokenAdministration tokens;
  @Inject Clock clock;
  @Context SecurityContext caller;

  @POST
  public Response createApiToken(@NotNull @Valid ApiTokenRequest request, @Context UriInfo uri) {
    requireAdmin();
    TokenAdministration.Issued issued =
        tokens.issue(request.name.strip(), request.role, request.expiresAt, caller.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.token().id())).build())
        .entity(ApiTokenView.of(issued.token(), clock.instant(), issued.secret()))
        .build();
  }

  @GET
  public List<ApiTokenView> listApiTokens() {
    requireAdmin();
    return tokens.list().stream().map(token -> ApiTokenView.of(token, clock.instant(), null)).toList();
  }

  @DELETE
  @Path("{id}")
  public ApiTokenView revokeApiToken(@PathParam("id") long id) {
    requireAdmin();
    return ApiTokenView.of(tokens.revoke(id), clock.instant(), null);
  }

  private void requireAdmin() {
    if (!caller.isUserInRole(Role.ADMIN.name())) {
      throw new Forbidden("only an ADMIN token may manage API tokens");
    }
  }
}
