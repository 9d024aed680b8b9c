package io.tempora.admin.job.boundary;

import io.tempora.admin.job.entity.FirePreview;
import io.tempora.admin.job.entity.ScheduleType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A schedule to preview, as a job would carry it (a class: see {@code JobRequest}). */
public class SchedulePreviewRequest {
  @NotNull public ScheduleType scheduleType;
  @Size(max = 255) public String scheduleExpression;
  @Size(max = 64) public String timeZone;
  @Min(1) @Max(FirePreview.MAX_COUNT) public Integer count;
  /** Fires after this instant; now when absent. */
  public Instant after;
}
