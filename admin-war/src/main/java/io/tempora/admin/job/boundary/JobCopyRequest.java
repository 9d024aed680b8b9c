package io.tempora.admin.job.boundary;

import jakarta.validation.constraints.Size;

/** What a copy may change; the name is the original's with " (copy)" when absent. */
public class JobCopyRequest {
  @Size(max = 100) public String name;
}
