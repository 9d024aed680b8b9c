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
    updatedAt = now;
    nextFireAt = next;
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
