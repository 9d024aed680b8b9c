/**
 * Runs: one execution of a job, from the stored fire through dispatch to the executor's result. A run
 * owns its state transitions; the run id is XXL-JOB's {@code logId}. This feature stores runs (claims,
 * group-committed API triggers, retries, take-overs) and announces them to dispatch after the commit;
 * results arrive by {@code /api/callback} and are committed before they are acknowledged; a periodic
 * check ends runs whose executor died or forgot them as LOST. A success also fires the job's child jobs
 * (PARENT runs); a periodic sweep deletes the runs jobs no longer keep.
 */
package io.tempora.admin.run;
