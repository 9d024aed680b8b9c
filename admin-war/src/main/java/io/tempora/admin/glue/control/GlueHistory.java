package io.tempora.admin.glue.control;

import io.tempora.admin.glue.entity.GlueVersion;
import io.tempora.admin.glue.entity.GlueVersionHeader;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.platform.ResourceNotFound;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each job's glue as numbered versions. Versions are written in the transaction that saves the
 * job, under the job's row lock, so numbers are dense per job; the oldest beyond the kept count are
 * deleted in that same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GlueHistory {

  public static final String DEFAULT_KEPT = "30";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tempora.admin.glue-versions-kept", defaultValue = DEFAULT_KEPT)
  int kept;

  @PostConstruct
  void validate() {
    if (kept < 1) {
      throw new IllegalStateException("tempora.admin.glue-versions-kept must be 1 or more, not " + kept);
    }
  }

  /** A new version when the job's glue differs from its newest one; BEAN jobs have no glue to keep. */
  public void recordIfChanged(Job job, GlueEdit edit) {
    if (job.glueType() == GlueType.BEAN || job.glueSource() == null) {
      return;
    }
    Optional<GlueVersion> newest = newest(job.id());
    if (newest.isEmpty() || !newest.get().sameGlue(job.glueType(), job.glueSource())) {
      record(job, edit, newest.map(GlueVersion::version).orElse(0) + 1);
    }
  }

  /** A new version whatever the newest says: a roll-back is recorded even when it restores the current glue. */
  public GlueVersion record(Job job, GlueEdit edit) {
    return record(job, edit, newest(job.id()).map(GlueVersion::version).orElse(0) + 1);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<GlueVersionHeader> versions(long jobId) {
    return em.createQuery("select new " + GlueVersionHeader.class.getName() + "(g.version, g.glueType, g.remark, g.author,"
            + " g.createdAt) from GlueVersion g where g.jobId = :job order by g.version desc", GlueVersionHeader.class)
        .setParameter("job", jobId)
        .getResultList();
  }

  /** @throws ResourceNotFound when the job never had this version or it is no longer kept */
  @Transactional(Transactional.TxType.SUPPORTS)
  public GlueVersion version(long jobId, int version) {
    return em.createQuery("select g from GlueVersion g where g.jobId = :job and g.version = :version", GlueVersion.class)
        .setParameter("job", jobId)
        .setParameter("version", version)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ResourceNotFound("glue version " + version + " of job", jobId));
  }

  private GlueVersion record(Job job, GlueEdit edit, int version) {
    GlueVersion recorded = new GlueVersion(job.id(), version, job.glueType(), job.glueSource(), remark(edit), edit.author(), clock.instant());
    em.persist(recorded);
    em.createQuery("delete from GlueVersion g where g.jobId = :job and g.version <= :oldest")
        .setParameter("job", job.id())
        .setParameter("oldest", version - kept)
        .executeUpdate();
    return recorded;
  }

  private Optional<GlueVersion> newest(long jobId) {
    return em.createQuery("select g from GlueVersion g where g.jobId = :job order by g.version desc", GlueVersion.class)
        .setParameter("job", jobId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private static String remark(GlueEdit edit) {
    return edit.remark() == null || edit.remark().isBlank() ? null : edit.remark().strip();
  }
}
