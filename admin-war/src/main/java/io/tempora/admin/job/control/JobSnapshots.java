package io.tempora.admin.job.control;

import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.group.entity.GroupChanged;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.JobChanged;
import io.tempora.admin.job.entity.JobSnapshot;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.ExpiryPolicyBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.jsr107.Eh107Configuration;

/**
 * Job definitions as runs need them, from a JCache (Ehcache) so that triggers, retries and take-overs
 * do not read the job and group rows for every batch. A change on this node evicts at once (and again
 * after its commit); a change made on another node is seen here within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class JobSnapshots {

  static final Duration FRESH_FOR = Duration.ofSeconds(2);
  static final long ENTRIES = 50_000;
  static final String PROVIDER = "org.ehcache.jsr107.EhcacheCachingProvider";

  @PersistenceContext EntityManager em;

  private CacheManager manager;
  private Cache<Long, JobSnapshot> cache;

  /** The provider is named: Payara's Hazelcast provider is always visible too, and an unnamed lookup fails. */
  @PostConstruct
  void open() {
    ClassLoader loader = JobSnapshots.class.getClassLoader();
    CachingProvider provider = Caching.getCachingProvider(PROVIDER, loader);
    manager = provider.getCacheManager(provider.getDefaultURI(), loader);
    String name = "tempora-job-snapshots";
    Cache<Long, JobSnapshot> existing = manager.getCache(name, Long.class, JobSnapshot.class);
    cache = existing != null ? existing : manager.createCache(name, Eh107Configuration.fromEhcacheCacheConfiguration(
        CacheConfigurationBuilder.newCacheConfigurationBuilder(Long.class, JobSnapshot.class, ResourcePoolsBuilder.heap(ENTRIES))
            .withExpiry(ExpiryPolicyBuilder.timeToLiveExpiration(FRESH_FOR))));
  }

  @PreDestroy
  void close() {
    manager.close();
  }

  /** Snapshots of the jobs that exist among {@code ids}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, JobSnapshot> of(Collection<Long> ids) {
    Set<Long> wanted = Set.copyOf(ids);
    Map<Long, JobSnapshot> found = new HashMap<>(cache.getAll(wanted));
    List<Long> missing = wanted.stream().filter(id -> !found.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      Map<Long, JobSnapshot> loaded = load(missing);
      cache.putAll(loaded);
      found.putAll(loaded);
    }
    return found;
  }

  /** A fresh snapshot of a job this transaction holds (locked), with its group from the cache's loader. */
  public JobSnapshot of(Job job, ExecutorGroup group) {
    JobSnapshot snapshot = JobSnapshot.of(job, group);
    cache.put(job.id(), snapshot);
    return snapshot;
  }

  void onJobChanged(@Observes JobChanged changed) {
    cache.remove(changed.jobId());
  }

  void afterJobChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) JobChanged changed) {
    cache.remove(changed.jobId());
  }

  void onGroupChanged(@Observes GroupChanged changed) {
    cache.removeAll();
  }

  void afterGroupChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) GroupChanged changed) {
    cache.removeAll();
  }

  private Map<Long, JobSnapshot> load(List<Long> ids) {
    Map<Long, Job> jobs = em.createQuery("select j from Job j where j.id in :ids", Job.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Job::id, Function.identity()));
    if (jobs.isEmpty()) {
      return Map.of();
    }
    Map<Long, ExecutorGroup> groups = em.createQuery("select g from ExecutorGroup g where g.id in :ids", ExecutorGroup.class)
        .setParameter("ids", jobs.values().stream().map(Job::groupId).distinct().toList())
        .getResultStream()
        .collect(Collectors.toMap(ExecutorGroup::id, Function.identity()));
    return jobs.values().stream()
        .filter(job -> groups.containsKey(job.groupId()))
        .collect(Collectors.toMap(Job::id, job -> JobSnapshot.of(job, groups.get(job.groupId()))));
  }
}
