/**
 * Jobs: what runs (handler, params, glue), where (executor group, route strategy), when (schedule,
 * time zone, misfire policy) and how (block strategy, timeout, retries), which jobs follow its success
 * (child jobs, acyclic) and how much run history it keeps. A job's next fire time is
 * kept on the row, so the scheduler finds due jobs with one indexed range scan. What runs need of a
 * job is served from a JCache of snapshots; disabling or deleting a job withdraws its unsent runs.
 */
package io.tempora.admin.job;
