package io.tempora.admin.job.control;

import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.JobGraph;
import io.tempora.admin.platform.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The child jobs of each job (table job_child): read for views and runs, replaced when a job is saved. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChildJobs {

  static final String FIELD = "childJobIds";

  @PersistenceContext EntityManager em;

  public List<Long> of(long parent) {
    return of(List.of(parent)).getOrDefault(parent, List.of());
  }

  /** The children of each of {@code parents} that has any, in id order. */
  public Map<Long, List<Long>> of(Collection<Long> parents) {
    if (parents.isEmpty()) {
      return Map.of();
    }
    return links(em.createNativeQuery("select parent_job_id, child_job_id from job_child where parent_job_id in (?1)"
        + " order by parent_job_id, child_job_id").setParameter(1, List.copyOf(parents)).getResultList());
  }

  /**
   * Replaces the children of {@code parent} in the caller's transaction. The children are locked like a
   * job being changed, so they cannot vanish meanwhile, and two saves that would close a cycle together
   * cannot both pass the check (one waits for the other, or the database refuses one as a deadlock).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void link(long parent, List<Long> children) {
    List<Long> wanted = children.stream().distinct().sorted().toList();
    if (wanted.equals(of(parent))) {
      return;
    }
    for (long child : wanted) {
      if (child != parent && em.find(Job.class, child, LockModeType.PESSIMISTIC_WRITE) == null) {
        throw new InvalidField(FIELD, "job " + child + " does not exist");
      }
    }
    new JobGraph(links(em.createNativeQuery("select parent_job_id, child_job_id from job_child").getResultList()))
        .with(parent, wanted)
        .cycleThrough(parent)
        .ifPresent(cycle -> {
          throw new InvalidField(FIELD, "would make a cycle: "
              + cycle.stream().map(id -> "job " + id).collect(Collectors.joining(" → ")));
        });
    em.createNativeQuery("delete from job_child where parent_job_id = ?1").setParameter(1, parent).executeUpdate();
    for (long child : wanted) {
      em.createNativeQuery("insert into job_child (parent_job_id, child_job_id) values (?1, ?2)")
          .setParameter(1, parent)
          .setParameter(2, child)
          .executeUpdate();
    }
  }

  private static Map<Long, List<Long>> links(List<?> rows) {
    Map<Long, List<Long>> children = new HashMap<>();
    for (Object row : rows) {
      Object[] link = (Object[]) row;
      children.computeIfAbsent(((Number) link[0]).longValue(), parent -> new ArrayList<>()).add(((Number) link[1]).longValue());
    }
    return children;
  }
}
