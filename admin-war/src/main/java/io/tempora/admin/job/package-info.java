/**
 * Jobs: what runs (handler, params, glue), where (executor group, route strategy), when (schedule,
 * time zone, misfire policy) and how (block strategy, timeout, retries). A job's next fire time is
 * kept on the row, so the scheduler finds due jobs with one indexed range scan.
 */
package io.tempora.admin.job;
