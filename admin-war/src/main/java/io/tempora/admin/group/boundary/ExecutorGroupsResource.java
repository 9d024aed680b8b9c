package io.tempora.admin.group.boundary;

import io.tempora.admin.group.control.ExecutorAddresses;
import io.tempora.admin.group.control.ExecutorGroups;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.platform.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

@Path("v1/executor-groups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExecutorGroupsResource {

  @Inject ExecutorGroups groups;
  @Inject ExecutorAddresses addresses;

  @POST
  public Response createExecutorGroup(@NotNull @Valid ExecutorGroupRequest request, @Context UriInfo uri) {
    ExecutorGroup group =
        groups.create(request.appName, request.title, request.addressModeOrDefault(), request.addressesOrEmpty(),
            request.dialectOrDefault());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(group.id())).build()).entity(view(group)).build();
  }

  @GET
  public List<ExecutorGroupView> listExecutorGroups() {
    return groups.list().stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  public ExecutorGroupView getExecutorGroup(@PathParam("id") long id) {
    return view(groups.get(id));
  }

  @PUT
  @Path("{id}")
  public ExecutorGroupView updateExecutorGroup(@PathParam("id") long id, @NotNull @Valid ExecutorGroupRequest request) {
    return view(groups.update(id, request.appName, request.title, request.addressModeOrDefault(),
        request.addressesOrEmpty(), request.dialectOrDefault()));
  }

  @DELETE
  @Path("{id}")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE}) // 204 on success; clients accepting only problems must not get 406
  public Response deleteExecutorGroup(@PathParam("id") long id) {
    groups.delete(id);
    return Response.noContent().build();
  }

  private ExecutorGroupView view(ExecutorGroup group) {
    return ExecutorGroupView.of(group, addresses.of(group));
  }
}
