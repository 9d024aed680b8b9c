package io.tempora.admin.schedule.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The past range whose fire times to run again, from inclusive, to exclusive (a class: see {@code JobRequest}). */
public class BackfillRequest {
  @NotNull public Instant from;
  @NotNull public Instant to;
}
