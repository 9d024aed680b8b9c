package io.tempora.admin.job.control;

import io.tempora.admin.group.entity.AddressMode;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.JobDefinition;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.registry.control.Registrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rejects a BEAN job whose handler no live executor of its group offers, at the moment the job is
 * saved rather than at its first run. Only executors that say what they offer (Tempora's do, XXL-JOB's
 * don't) count; with none of them alive, the job is accepted.
 */
@ApplicationScoped
public class OfferedHandlers {

  @PersistenceContext EntityManager em;
  @Inject Registrations registrations;

  void requireOffered(JobDefinition job) {
    if (job.glueType() != GlueType.BEAN) {
      return;
    }
    ExecutorGroup group = em.find(ExecutorGroup.class, job.groupId());
    if (group == null || group.addressMode() == AddressMode.MANUAL) {
      return;
    }
    Map<String, Set<String>> offered = registrations.offeredHandlers(group.appName());
    if (offered.isEmpty() || offered.values().stream().anyMatch(names -> names.contains(job.handler()))) {
      return;
    }
    Set<String> all = new TreeSet<>();
    offered.values().forEach(all::addAll);
    throw new InvalidField("handler", "no live executor of group '" + group.appName() + "' offers handler '"
        + job.handler() + "'; they offer " + all);
  }
}
