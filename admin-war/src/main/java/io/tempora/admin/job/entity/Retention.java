package io.tempora.admin.job.entity;

/**
 * How much of a job's run history is kept: final runs that ended more than {@code days} ago, or that
 * are older than the job's newest {@code count} runs, are deleted. Either may be null; both null keeps
 * every run.
 */
public record Retention(Integer days, Integer count) {

  public static final Retention KEEP_ALL = new Retention(null, null);

  public boolean keepsAll() {
    return days == null && count == null;
  }
}
