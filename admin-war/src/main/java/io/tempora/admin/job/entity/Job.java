package io.tempora.admin.job.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

@Entity
@Table(name = "job")
public class Job {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_seq")
  @SequenceGenerator(name = "job_seq", sequenceName = "job_seq", allocationSize = 1)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "schedule_type", nullable = false, length = 16)
  private ScheduleType scheduleType;

  @Column(name = "schedule_expression", length = 120)
  private String scheduleExpression;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(name = "misfire_policy", nullable = false, length = 16)
  private MisfirePolicy misfirePolicy;

  /** How many missed fires the CATCH_UP policy fires at most; the later ones are recorded MISSED. */
  @Column(name = "catch_up_limit", nullable = false)
  private int catchUpLimit;

  @Enumerated(EnumType.STRING)
  @Column(name = "route_strategy", nullable = false, length = 32)
  private RouteStrategy routeStrategy;

  @Enumerated(EnumType.STRING)
  @Column(name = "block_strategy", nullable = false, length = 32)
  private BlockStrategy blockStrategy;

  @Column(length = 255)
  private String handler;

  @Column(length = 4000)
  private String params;

  @Column(name = "timeout_seconds", nullable = false)
  private int timeoutSeconds;

  @Column(name = "retry_count", nullable = false)
  private int retryCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "glue_type", nullable = false, length = 32)
  private GlueType glueType;

  /** A length past 16 MB makes Hibernate expect MariaDB's LONGTEXT, which V2 creates. */
  @Lob
  @Column(name = "glue_source", length = 100_000_000)
  private String glueSource;

  @Column(name = "glue_updated_at", nullable = false)
  private Instant glueUpdatedAt;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "next_fire_at")
  private Instant nextFireAt;

  @Column(name = "retention_days")
  private Integer retentionDays;

  @Column(name = "retention_count")
  private Integer retentionCount;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Job() {}

  public Job(JobDefinition definition, Instant now) {
    this.createdAt = now;
    this.glueUpdatedAt = now;
    define(definition, now);
  }

  /** Replaces what the job does and when; the schedule restarts from now. */
  public final void define(JobDefinition d, Instant now) {
    Instant next = d.enabled() ? d.schedule().firstFireAfter(now).orElse(null) : null;
    // executors replace a job's worker (and recompile its glue) when this time changes
    if (glueType != d.glueType() || !Objects.equals(handler, d.handler()) || !Objects.equals(glueSource, d.glueSource())) {
      glueUpdatedAt = now;
    }
    groupId = d.groupId();
    name = d.name();
    scheduleType = d.schedule().type();
    scheduleExpression = d.schedule().expression();
    timeZone = d.schedule().zone().getId();
    misfirePolicy = d.misfirePolicy();
    catchUpLimit = d.catchUpLimit();
    routeStrategy = d.routeStrategy();
    blockStrategy = d.blockStrategy();
    handler = d.handler();
    params = d.params();
    timeoutSeconds = d.timeoutSeconds();
    retryCount = d.retryCount();
    glueType = d.glueType();
    glueSource = d.glueSource();
    enabled = d.enabled();
    retentionDays = d.retention().days();
    retentionCount = d.retention().count();
    updatedAt = now;
    nextFireAt = next;
  }

  /** Only the glue changes (a roll-back to an earlier version); the schedule goes on as it was. */
  public void replaceGlue(GlueType type, String source, Instant now) {
    glueType = type;
    glueSource = source;
    glueUpdatedAt = now;
    updatedAt = now;
  }

  public void enable(Instant now) {
    if (!enabled) {
      nextFireAt = schedule().firstFireAfter(now).orElse(null);
      enabled = true;
      updatedAt = now;
    }
  }

  public void disable(Instant now) {
    enabled = false;
    nextFireAt = null;
    updatedAt = now;
  }

  /** Moves the schedule on once the fires before {@code next} are stored as runs. */
  public void advanceTo(Instant next) {
    nextFireAt = next;
  }

  /** What a user said about this job, as {@link #define} takes it; the child links live in their own table. */
  public JobDefinition definition(List<Long> childJobIds) {
    return new JobDefinition(groupId, name, schedule(), misfirePolicy, catchUpLimit, routeStrategy, blockStrategy,
        handler, params, timeoutSeconds, retryCount, glueType, glueSource, enabled, retention(), childJobIds);
  }

  public Retention retention() {
    return new Retention(retentionDays, retentionCount);
  }

  public Schedule schedule() {
    return Schedule.of(scheduleType, scheduleExpression, java.time.ZoneId.of(timeZone));
  }

  public Long id() { return id; }
  public long groupId() { return groupId; }
  public String name() { return name; }
  public ScheduleType scheduleType() { return scheduleType; }
  public String scheduleExpression() { return scheduleExpression; }
  public String timeZone() { return timeZone; }
  public MisfirePolicy misfirePolicy() { return misfirePolicy; }
  public int catchUpLimit() { return catchUpLimit; }
  public RouteStrategy routeStrategy() { return routeStrategy; }
  public BlockStrategy blockStrategy() { return blockStrategy; }
  public String handler() { return handler; }
  public String params() { return params; }
  public int timeoutSeconds() { return timeoutSeconds; }
  public int retryCount() { return retryCount; }
  public GlueType glueType() { return glueType; }
  public String glueSource() { return glueSource; }
  public Instant glueUpdatedAt() { return glueUpdatedAt; }
  public boolean enabled() { return enabled; }
  public Instant nextFireAt() { return nextFireAt; }
  public long version() { return version; }
  public Instant createdAt() { return createdAt; }
  public Instant updatedAt() { return updatedAt; }
}
