package io.tempora.admin.job.entity;

/**
 * How a job is fired: a Quartz cron expression with seconds, a fixed rate, a fixed delay after the
 * previous run's end, or only on demand.
 */
public enum ScheduleType {
  CRON, FIX_RATE, FIX_DELAY, NONE
}
