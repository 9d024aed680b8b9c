package io.tempora.admin.run.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Overrides for one manual run (a class: see {@code JobRequest}): the job's params, and the executor to
 * run on (XXL-JOB's "executor address"), which must be one of the group's.
 */
public class TriggerRequest {
  @Size(max = 4000) public String params;

  @Size(max = 255)
  @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL of one of the group's executors")
  public String executorAddress;
}
