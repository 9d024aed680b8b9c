package io.tempora.admin.job.entity;

/** How a job is fired: a Quartz cron expression with seconds, a fixed rate in seconds, or only on demand. */
public enum ScheduleType {
  CRON, FIX_RATE, NONE
}
