package io.tempora.admin.glue.entity;

import io.tempora.admin.job.entity.GlueType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved state of a job's glue; never changed, deleted once newer versions push it out. */
@Entity
@Table(name = "glue_version")
public class GlueVersion {

  public static final int REMARK_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "glue_version_seq")
  @SequenceGenerator(name = "glue_version_seq", sequenceName = "glue_version_seq", allocationSize = 1)
  private Long id;

  @Column(name = "job_id", nullable = false)
  private long jobId;

  @Column(nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "glue_type", nullable = false, length = 32)
  private GlueType glueType;

  /** As the job's own source column: LONGTEXT on MariaDB, CLOB on H2 (V11 per vendor). */
  @Lob
  @Column(nullable = false, length = 100_000_000)
  private String source;

  @Column(length = REMARK_LENGTH)
  private String remark;

  @Column(nullable = false, length = 120)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected GlueVersion() {}

  public GlueVersion(long jobId, int version, GlueType glueType, String source, String remark, String author, Instant at) {
    this.jobId = jobId;
    this.version = version;
    this.glueType = glueType;
    this.source = source;
    this.remark = remark;
    this.author = author;
    this.createdAt = at;
  }

  public boolean sameGlue(GlueType type, String text) {
    return glueType == type && source.equals(text);
  }

  public long jobId() { return jobId; }
  public int version() { return version; }
  public GlueType glueType() { return glueType; }
  public String source() { return source; }
  public String remark() { return remark; }
  public String author() { return author; }
  public Instant createdAt() { return createdAt; }
}
