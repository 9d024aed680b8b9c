package io.tempora.admin.job.boundary;

import jakarta.validation.constraints.Size;

/** An optional override of the job's params for one manual run (a class: see {@link JobRequest}). */
public class TriggerRequest {
  @Size(max = 4000) public String params;
}
