package io.tempora.admin.job.entity;

import io.tempora.admin.platform.InvalidField;

/** A schedule expression that cannot fire. */
public class InvalidSchedule extends InvalidField {

  public InvalidSchedule(String reason) {
    super("scheduleExpression", reason);
  }
}
