package io.tempora.admin.alarm.boundary;

import io.tempora.admin.alarm.control.RunAlarms;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("v1/runs/{id}/alarms")
@Produces(MediaType.APPLICATION_JSON)
public class RunAlarmsResource {

  @Inject RunAlarms alarms;

  @GET
  public List<RunAlarmView> listRunAlarms(@PathParam("id") long id) {
    return alarms.of(id).stream().map(RunAlarmView::of).toList();
  }
}
