package io.tempora.admin.run.entity;

/** Why a run exists. */
public enum TriggerType {
  CRON,
  FIX_RATE,
  MANUAL,
  API,
  RETRY,
  PARENT,
  MISFIRE
}
