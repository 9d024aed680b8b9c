/**
 * Runs: one execution of a job, from the stored fire through dispatch to the executor's result. A run
 * owns its state transitions; the run id is XXL-JOB's {@code logId}. Results arrive by
 * {@code /api/callback} and are committed before they are acknowledged.
 */
package io.tempora.admin.run;
