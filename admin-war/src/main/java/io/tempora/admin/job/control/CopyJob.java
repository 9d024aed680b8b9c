package io.tempora.admin.job.control;

import io.tempora.admin.job.entity.Job;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A new job with another job's definition — schedule, handler, glue source, retention and child jobs —
 * created disabled, so the copy does not fire beside its original until someone enables it.
 */
@ApplicationScoped
@Transactional
public class CopyJob {

  static final int NAME_LIMIT = 100;
  static final String SUFFIX = " (copy)";

  @Inject Jobs jobs;
  @Inject ChildJobs children;

  /** A copy of job {@code id}, named {@code name}, or the original's name with " (copy)" when null. */
  public Job copy(long id, String name) {
    Job original = jobs.get(id);
    return jobs.create(original.definition(children.of(id)).copiedAs(name == null ? copyName(original.name()) : name));
  }

  static String copyName(String name) {
    int room = NAME_LIMIT - SUFFIX.length();
    return (name.length() > room ? name.substring(0, room) : name) + SUFFIX;
  }
}
