package io.tempora.admin.run.entity;

/**
 * Why a run exists. MISFIRE: a fire made late, in place of fires no admin could make in time (misfire
 * policy FIRE_ONCE_NOW or CATCH_UP); BACKFILL: a past fire time of the schedule, asked for through the API.
 */
public enum TriggerType {
  CRON,
  FIX_RATE,
  FIX_DELAY,
  MANUAL,
  API,
  RETRY,
  PARENT,
  MISFIRE,
  BACKFILL;

  /** An on-time fire of a schedule: its due time joins the unique key that refuses a doubled fire. */
  public boolean isScheduleFire() {
    return this == CRON || this == FIX_RATE || this == FIX_DELAY;
  }
}
