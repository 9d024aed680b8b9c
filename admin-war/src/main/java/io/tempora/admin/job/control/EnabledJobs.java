package io.tempora.admin.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which of some jobs still exist and are enabled: how other nodes learn that a job was withdrawn. */
@ApplicationScoped
public class EnabledJobs {

  static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Set<Long> among(Collection<Long> jobIds) {
    List<Long> ids = new ArrayList<>(jobIds);
    Set<Long> enabled = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      enabled.addAll(em.createQuery("select j.id from Job j where j.id in :ids and j.enabled = true", Long.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .getResultList());
    }
    return enabled;
  }
}
