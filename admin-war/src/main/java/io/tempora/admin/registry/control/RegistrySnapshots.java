package io.tempora.admin.registry.control;

import io.tempora.admin.registry.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the live registry in its own short transaction; dispatch threads have none of their own. */
@ApplicationScoped
public class RegistrySnapshots {

  @PersistenceContext EntityManager em;

  @Transactional
  public Map<String, List<String>> aliveSince(Instant since) {
    return em.createQuery("select r from Registration r where r.lastBeatAt >= :since", Registration.class)
        .setParameter("since", since)
        .getResultStream()
        .collect(Collectors.groupingBy(Registration::appName, TreeMap::new,
            Collectors.collectingAndThen(Collectors.mapping(Registration::address, Collectors.toList()),
                addresses -> addresses.stream().sorted().toList())));
  }
}
