package io.tempora.admin.group.control;

import io.tempora.admin.group.entity.AddressMode;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.group.entity.WireDialect;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.ResourceNotFound;
import io.tempora.admin.platform.StateConflict;
import io.tempora.admin.group.entity.GroupChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stores executor groups, keeping app names unique and groups in use undeletable. */
@ApplicationScoped
@Transactional
public class ExecutorGroups {

  @PersistenceContext EntityManager em;
  @Inject Event<GroupChanged> changed;

  public ExecutorGroup create(String appName, String title, AddressMode mode, List<String> addresses, WireDialect dialect) {
    requireFreeAppName(appName, null);
    requireAddressesFor(mode, addresses);
    ExecutorGroup group = new ExecutorGroup(appName, title, mode, addresses, dialect);
    em.persist(group);
    return group;
  }

  public ExecutorGroup update(long id, String appName, String title, AddressMode mode, List<String> addresses, WireDialect dialect) {
    ExecutorGroup group = get(id);
    requireFreeAppName(appName, id);
    requireAddressesFor(mode, addresses);
    group.change(appName, title, mode, addresses, dialect);
    changed.fire(new GroupChanged(id));
    return group;
  }

  public void delete(long id) {
    ExecutorGroup group = get(id);
    long jobs =
        em.createQuery("select count(j) from Job j where j.groupId = :id", Long.class).setParameter("id", id).getSingleResult();
    if (jobs > 0) {
      throw new StateConflict("executor group " + id + " is used by " + jobs + " job(s); delete or move them first");
    }
    em.remove(group);
    changed.fire(new GroupChanged(id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ExecutorGroup get(long id) {
    ExecutorGroup group = em.find(ExecutorGroup.class, id);
    if (group == null) {
      throw new ResourceNotFound("executor group", id);
    }
    return group;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ExecutorGroup> list() {
    return em.createQuery("select g from ExecutorGroup g order by g.id", ExecutorGroup.class).getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count() {
    return em.createQuery("select count(g) from ExecutorGroup g", Long.class).getSingleResult();
  }

  private void requireFreeAppName(String appName, Long exceptId) {
    boolean taken =
        em.createQuery("select g from ExecutorGroup g where g.appName = :name", ExecutorGroup.class)
            .setParameter("name", appName)
            .getResultStream()
            .anyMatch(g -> !g.id().equals(exceptId));
    if (taken) {
      throw new StateConflict("an executor group with appName '" + appName + "' already exists");
    }
  }

  private static void requireAddressesFor(AddressMode mode, List<String> addresses) {
    if (mode == AddressMode.MANUAL && addresses.isEmpty()) {
      throw new InvalidField("addresses", "a MANUAL group needs at least one executor address");
    }
    Set<String> seen = new HashSet<>();
    for (String address : addresses) {
      if (address == null || address.length() > 255 || !address.matches("https?://[^\\s/]+(/.*)?")) {
        throw new InvalidField("addresses", "'" + address + "' is not an http(s) URL");
      }
      if (!seen.add(address)) {
        throw new InvalidField("addresses", "'" + address + "' is listed twice (a trailing '/' makes no difference)");
      }
    }
  }
}
