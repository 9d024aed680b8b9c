package io.tempora.admin.alarm.control;

import io.tempora.admin.alarm.entity.RunAlarm;
import io.tempora.admin.platform.ResourceNotFound;
import io.tempora.admin.run.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The alarms a run raised, with how their delivery went. */
@ApplicationScoped
public class RunAlarms {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RunAlarm> of(long runId) {
    if (em.find(Run.class, runId) == null) {
      throw new ResourceNotFound("run", runId);
    }
    return em.createQuery("select a from RunAlarm a where a.runId = :run order by a.id", RunAlarm.class)
        .setParameter("run", runId)
        .getResultList();
  }
}
