package io.tempora.admin.alarm.entity;

/** PENDING: not delivered yet, another attempt is due; SENT: delivered; FAILED: given up, with the last error. */
public enum AlarmStatus {
  PENDING,
  SENT,
  FAILED
}
