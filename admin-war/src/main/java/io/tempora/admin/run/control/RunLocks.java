package io.tempora.admin.run.control;

import io.tempora.admin.run.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Loads runs for update in id order. Dispatch outcomes and callbacks may touch the same run at the
 * same moment; row locks taken in one order keep the later writer from overwriting the earlier one
 * without risking a deadlock.
 */
@ApplicationScoped
public class RunLocks {

  public static final String SKIP_LOCKED_HINT = "jakarta.persistence.lock.timeout";
  public static final int SKIP_LOCKED = -2;

  @PersistenceContext EntityManager em;

  public List<Run> lock(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select r from Run r where r.id in :ids order by r.id", Run.class)
        .setParameter("ids", ids.stream().distinct().toList())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
