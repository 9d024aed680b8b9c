package io.tempora.admin.job.boundary;

import io.tempora.admin.job.entity.FirePreview;
import io.tempora.admin.job.entity.Schedule;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.ZoneId;

/** {@code POST /v1/schedule-preview}: when a schedule would fire, before a job is saved with it. */
@Path("v1/schedule-preview")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SchedulePreviewResource {

  static final int DEFAULT_COUNT = 5;

  @Inject Clock clock;

  @POST
  public SchedulePreview previewSchedule(@NotNull @Valid SchedulePreviewRequest request) {
    ZoneId zone = JobDefinitions.zone(request.timeZone);
    Schedule schedule = Schedule.of(request.scheduleType, request.scheduleExpression, zone);
    int count = request.count == null ? DEFAULT_COUNT : request.count;
    return SchedulePreview.of(zone, FirePreview.next(schedule, request.after == null ? clock.instant() : request.after, count));
  }
}
