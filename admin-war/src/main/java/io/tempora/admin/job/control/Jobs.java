package io.tempora.admin.job.control;

import io.tempora.admin.glue.control.GlueEdit;
import io.tempora.admin.glue.control.GlueHistory;
import io.tempora.admin.glue.control.GlueSyntax;
import io.tempora.admin.glue.entity.GlueVersion;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.JobChanged;
import io.tempora.admin.job.entity.JobDefinition;
import io.tempora.admin.job.entity.JobWithdrawn;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.PageRequest;
import io.tempora.admin.platform.ResourceNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Stores jobs; every change recomputes the next fire time in the same transaction. */
@ApplicationScoped
@Transactional
public class Jobs {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject OfferedHandlers handlers;
  @Inject Event<JobWithdrawn> withdrawn;
  @Inject Event<JobChanged> changed;
  @Inject GlueSyntax glueSyntax;
  @Inject GlueHistory glueHistory;
  @Inject ChildJobs children;

  public Job create(JobDefinition definition) {
    return create(definition, GlueEdit.BY_ADMIN);
  }

  public Job create(JobDefinition definition, GlueEdit glueEdit) {
    requireGroup(definition.groupId());
    handlers.requireOffered(definition);
    checkGlue(definition);
    Job job = new Job(definition, clock.instant());
    em.persist(job);
    glueHistory.recordIfChanged(job, glueEdit);
    children.link(job.id(), definition.childJobIds());
    return job;
  }

  public Job update(long id, JobDefinition definition, GlueEdit glueEdit) {
    checkGlue(definition);
    Job job = lockForChange(id);
    requireGroup(definition.groupId());
    handlers.requireOffered(definition);
    job.define(definition, clock.instant());
    glueHistory.recordIfChanged(job, glueEdit);
    children.link(id, definition.childJobIds());
    return job;
  }

  /** The job's glue becomes that of one of its kept versions; returns the new version that records it. */
  public GlueVersion rollBackGlue(long id, int version, String author) {
    Job job = lockForChange(id);
    GlueVersion target = glueHistory.version(id, version);
    job.replaceGlue(target.glueType(), target.source(), clock.instant());
    return glueHistory.record(job, GlueEdit.rollBack(version, author));
  }

  public void delete(long id) {
    em.remove(lockForChange(id));
    withdrawn.fire(new JobWithdrawn(id, "job " + id + " was deleted before the run was sent"));
  }

  public Job enable(long id) {
    Job job = lockForChange(id);
    job.enable(clock.instant());
    return job;
  }

  public Job disable(long id) {
    Job job = lockForChange(id);
    job.disable(clock.instant());
    withdrawn.fire(new JobWithdrawn(id, "job " + id + " was disabled before the run was sent"));
    return job;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Job get(long id) {
    Job job = em.find(Job.class, id);
    if (job == null) {
      throw new ResourceNotFound("job", id);
    }
    return job;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Job> page(JobSearch search, PageRequest page) {
    return bind(em.createQuery("select j from Job j" + JobSearch.WHERE + " order by j.id", Job.class), search)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(JobSearch search) {
    return bind(em.createQuery("select count(j) from Job j" + JobSearch.WHERE, Long.class), search).getSingleResult();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, JobSearch search) {
    return query.setParameter("group", search.groupId())
        .setParameter("text", search.pattern())
        .setParameter("enabled", search.enabled())
        .setParameter("handler", search.handler())
        .setParameter("scheduleType", search.scheduleType());
  }

  /**
   * The scheduler holds a job's row lock while it stores fires and advances the job; a change waits for
   * that claim to commit and then sees the advanced row, instead of failing on a stale version.
   */
  private Job lockForChange(long id) {
    Job job = em.find(Job.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (job == null) {
      throw new ResourceNotFound("job", id);
    }
    changed.fire(new JobChanged(id));
    return job;
  }

  private void checkGlue(JobDefinition definition) {
    if (definition.glueSource() != null) {
      glueSyntax.check(definition.glueType(), definition.glueSource());
    }
  }

  private void requireGroup(long groupId) {
    if (em.find(ExecutorGroup.class, groupId) == null) {
      throw new InvalidField("groupId", "executor group " + groupId + " does not exist");
    }
  }
}
