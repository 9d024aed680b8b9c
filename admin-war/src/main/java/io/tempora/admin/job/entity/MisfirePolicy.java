package io.tempora.admin.job.entity;

/** What happens to fires that came due while no admin could fire them: record them as missed, or fire once now. */
public enum MisfirePolicy {
  DO_NOTHING, FIRE_ONCE_NOW
}
