package io.tempora.admin.group.entity;

/** Which XXL-JOB protocol version the group's executors speak (see XXL-JOB-PROTOCOL.md). */
public enum WireDialect {
  XXL_2_3,
  XXL_3_3,
  XXL_3_5;

  /** 3.5 renamed {@code /run} to {@code /trigger}. */
  public String triggerPath() {
    return this == XXL_3_5 ? "trigger" : "run";
  }
}
