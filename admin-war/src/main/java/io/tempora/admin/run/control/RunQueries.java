package io.tempora.admin.run.control;

import io.tempora.admin.platform.PageRequest;
import io.tempora.admin.platform.ResourceNotFound;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Run history, newest first. */
@ApplicationScoped
public class RunQueries {

  private static final String FILTER = " where (:job is null or r.jobId = :job) and (:status is null or r.status = :status)";

  @PersistenceContext EntityManager em;

  public Run get(long id) {
    Run run = em.find(Run.class, id);
    if (run == null) {
      throw new ResourceNotFound("run", id);
    }
    return run;
  }

  /** Every run of the fire that run {@code id} belongs to: its shards and their retries. */
  public Fire fireOf(long id) {
    long fireId = get(id).fireId();
    return new Fire(fireId, em.createQuery(
            "select r from Run r where r.id = :fire or r.fireOf = :fire order by r.shardIndex, r.attempt", Run.class)
        .setParameter("fire", fireId)
        .getResultList());
  }

  public List<Run> page(Long jobId, RunStatus status, PageRequest page) {
    return em.createQuery("select r from Run r" + FILTER + " order by r.id desc", Run.class)
        .setParameter("job", jobId)
        .setParameter("status", status)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count(Long jobId, RunStatus status) {
    return em.createQuery("select count(r) from Run r" + FILTER, Long.class)
        .setParameter("job", jobId)
        .setParameter("status", status)
        .getSingleResult();
  }
}
