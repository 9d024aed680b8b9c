package io.tempora.admin.run.boundary;

import jakarta.validation.constraints.Size;

/** An optional override of the job's params for one manual run (a class: see {@code JobRequest}). */
public class TriggerRequest {
  @Size(max = 4000) public String params;
}
