package io.tempora.admin.job.entity;

/** What an executor does with a run while the job's previous run is still going (XXL-JOB's semantics). */
public enum BlockStrategy {
  SERIAL_EXECUTION, DISCARD_LATER, COVER_EARLY
}
