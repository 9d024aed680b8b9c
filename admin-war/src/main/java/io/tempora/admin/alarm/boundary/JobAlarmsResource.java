package io.tempora.admin.alarm.boundary;

import io.tempora.admin.alarm.control.JobAlarmSettings;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

@Path("v1/jobs/{id}/alarms")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class JobAlarmsResource {

  @Inject JobAlarmSettings settings;

  @GET
  public JobAlarmsView getJobAlarms(@PathParam("id") long id) {
    return JobAlarmsView.of(id, settings.of(id));
  }

  @PUT
  public JobAlarmsView replaceJobAlarms(@PathParam("id") long id, @NotNull @Valid JobAlarmsRequest request) {
    return JobAlarmsView.of(id, Optional.of(settings.replace(id, AlarmDefinitions.from(request))));
  }
}
