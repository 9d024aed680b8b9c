package io.tempora.admin.job.boundary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The next fires of a schedule, each as an instant and as the local time of the job's zone. */
public record SchedulePreview(String timeZone, List<Fire> fires) {

  public record Fire(Instant at, String local) {}

  static SchedulePreview of(ZoneId zone, List<Instant> fires) {
    return new SchedulePreview(zone.getId(),
        fires.stream().map(at -> new Fire(at, ZonedDateTime.ofInstant(at, zone).toOffsetDateTime().toString())).toList());
  }
}
