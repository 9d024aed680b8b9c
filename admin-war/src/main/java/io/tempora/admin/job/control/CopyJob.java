package io.tempora.admin.job.control;

import io.tempora.admin.glue.control.GlueEdit;
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

  /**
   * A copy of job {@code id}, named {@code name}, or the original's name with " (copy)" when null; its
   * glue's first version is the copier's.
   */
  public Job copy(long id, String name, String copiedBy) {
    Job original = jobs.get(id);
    return jobs.create(original.definition(children.of(id)).copiedAs(name == null ? copyName(original.name()) : name),
        new GlueEdit("copied from job " + id, copiedBy));
  }

  static String copyName(String name) {
    int room = NAME_LIMIT - SUFFIX.length();
    return (name.length() > room ? name.substring(0, room) : name) + SUFFIX;
  }
}
