package io.tempora.admin.job.entity;

/**
 * What happens to fires that came due while no admin could fire them: record them as missed, fire once
 * now, or fire each missed time (up to the job's catch-up limit, the rest recorded as missed).
 */
public enum MisfirePolicy {
  DO_NOTHING, FIRE_ONCE_NOW, CATCH_UP;

  public static final int DEFAULT_CATCH_UP_LIMIT = 10;
  public static final int MAX_CATCH_UP_LIMIT = 1000;
}
