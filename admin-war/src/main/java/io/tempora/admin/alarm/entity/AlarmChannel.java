package io.tempora.admin.alarm.entity;

/** How an alarm travels: a mail to one address, or a signed POST to the job's webhook. */
public enum AlarmChannel {
  EMAIL,
  WEBHOOK
}
