package io.tempora.admin.run.control;

import io.tempora.admin.platform.PageRequest;
import io.tempora.admin.platform.ResourceNotFound;
import io.tempora.admin.run.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Run history, newest first. */
@ApplicationScoped
public class RunQueries {

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

  public List<Run> page(RunFilter filter, PageRequest page) {
    return filter.bind(em.createQuery("select r from Run r" + filter.where(null) + " order by r.id desc", Run.class), null)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** The newest {@code size} runs older than run {@code beforeId}: a page that costs the same however deep. */
  public List<Run> before(RunFilter filter, long beforeId, int size) {
    return filter.bind(em.createQuery("select r from Run r" + filter.where(beforeId) + " order by r.id desc", Run.class),
            beforeId)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(RunFilter filter) {
    return filter.bind(em.createQuery("select count(r) from Run r" + filter.where(null), Long.class), null)
        .getSingleResult();
  }
}
