package io.tempora.admin.run.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "job_run")
public class Run {

  static final int MESSAGE_LIMIT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
  @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
  private Long id;

  @Column(name = "job_id", nullable = false)
  private long jobId;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_type", nullable = false, length = 16)
  private TriggerType triggerType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RunStatus status;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "fired_at")
  private Instant firedAt;

  @Column(nullable = false)
  private int attempt;

  @Column(name = "shard_index", nullable = false)
  private int shardIndex;

  @Column(name = "shard_total", nullable = false)
  private int shardTotal;

  @Column(length = 4000)
  private String params;

  @Column(name = "executor_address")
  private String executorAddress;

  @Column(name = "admin_node", length = 100)
  private String adminNode;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "handle_code")
  private Integer handleCode;

  @Column(length = MESSAGE_LIMIT)
  private String message;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retry_of")
  private Long retryOf;

  /** The due time again for schedule fires (null otherwise): the unique key that refuses a doubled fire. */
  @Column(name = "fire_due")
  private Instant fireDue;

  /** When the executor started the run, by its own clock, if it says so. */
  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "killed_by", length = 100)
  private String killedBy;

  @Column(name = "fire_of")
  private Long fireOf;

  @Column(name = "address_override")
  private String addressOverride;

  /** For a PARENT run, the parent job's run whose success caused it. */
  @Column(name = "parent_run_id")
  private Long parentRunId;

  protected Run() {}

  /** A fire stored ahead of its due time, claimed by {@code adminNode} until {@code leaseUntil}. */
  public static Run scheduled(long jobId, TriggerType trigger, Instant dueAt, String params, String adminNode,
      Instant leaseUntil, Instant now) {
    Run run = new Run();
    run.jobId = jobId;
    run.triggerType = trigger;
    run.status = RunStatus.SCHEDULED;
    run.dueAt = dueAt;
    run.attempt = 1;
    run.shardIndex = 0;
    run.shardTotal = 1;
    run.params = params;
    run.adminNode = adminNode;
    run.leaseUntil = leaseUntil;
    run.createdAt = now;
    run.fireDue = trigger.isScheduleFire() ? dueAt : null;
    return run;
  }

  /** The next attempt of this failed run, due at {@code dueAt}. */
  public Run retry(Instant dueAt, String adminNode, Instant leaseUntil, Instant now) {
    if (!isRetryable()) {
      throw new IllegalRunTransition(id, status, RunStatus.SCHEDULED);
    }
    Run next = scheduled(jobId, TriggerType.RETRY, dueAt, params, adminNode, leaseUntil, now);
    next.attempt = attempt + 1;
    next.shardIndex = shardIndex;
    next.shardTotal = shardTotal;
    next.retryOf = id;
    next.fireOf = fireId();
    next.addressOverride = addressOverride;
    return next;
  }

  /** Shard {@code index} of {@code total} of the fire whose shard 0 is {@code first} (null for shard 0 itself). */
  public Run asShard(int index, int total, Run first) {
    shardIndex = index;
    shardTotal = total;
    fireOf = first == null ? null : first.fireId();
    return this;
  }

  /** The executor this run must go to, bypassing the job's routing (null: route as the job says). */
  public Run sentTo(String address) {
    addressOverride = address;
    return this;
  }

  /** A child job's run, caused by the success of run {@code parentRun} of its parent job. */
  public Run causedBy(long parentRun) {
    parentRunId = parentRun;
    return this;
  }

  /** The id that names this run's fire: its shard 0's, which for any other run is its own. */
  public Long fireId() {
    return fireOf != null ? fireOf : id;
  }

  /** Failed, timed out or lost: worth another attempt if the job allows one. Killed runs stay killed. */
  public boolean isRetryable() {
    return status == RunStatus.FAILED || status == RunStatus.TIMED_OUT || status == RunStatus.LOST;
  }

  /** Fires that could not be fired in time, recorded so that the gap is explained. */
  public static Run missed(long jobId, Instant dueAt, String reason, String adminNode, Instant now) {
    Run run = scheduled(jobId, TriggerType.CRON, dueAt, null, adminNode, null, now);
    run.fireDue = null;
    run.status = RunStatus.MISSED;
    run.message = truncate(reason);
    run.finishedAt = now;
    return run;
  }

  /** A live node takes over a run whose node died or handed it back before sending it. */
  public void takeOver(String node, Instant newLease) {
    if (status != RunStatus.SCHEDULED) {
      throw new IllegalRunTransition(id, status, RunStatus.SCHEDULED);
    }
    adminNode = node;
    leaseUntil = newLease;
  }

  /**
   * Sent, and not refused. {@code note} says what the admin knows beyond that (fired late, no answer
   * in time); a later result replaces it.
   */
  public void dispatched(String address, Instant at, String note) {
    firedAt = firedAt == null ? at : firedAt;
    executorAddress = address;
    if (status == RunStatus.SCHEDULED) {
      moveTo(RunStatus.DISPATCHED);
      message = truncate(note);
    }
  }

  /** The executor says the run has started. */
  public void running() {
    if (status == RunStatus.DISPATCHED) {
      moveTo(RunStatus.RUNNING);
    }
  }

  /** The executor that had the run died or no longer knows it; the result will never come. */
  public boolean lost(String reason, Instant at) {
    if (!status.isOutThere()) {
      return false;
    }
    moveTo(RunStatus.LOST);
    message = truncate(reason);
    finishedAt = at;
    return true;
  }

  /**
   * Someone asked the executor to kill this run; its result, unless it succeeded after all, makes it
   * KILLED. Only a run that is out there can be killed.
   */
  public boolean killRequested(String by) {
    if (!status.isOutThere()) {
      return false;
    }
    killedBy = by;
    return true;
  }

  /** The job was disabled or deleted before this run was sent. */
  public boolean cancel(String reason, Instant at) {
    if (status != RunStatus.SCHEDULED) {
      return false;
    }
    moveTo(RunStatus.CANCELLED);
    message = truncate(reason);
    finishedAt = at;
    return true;
  }

  /** No executor took the run: it fails at once, with the reason. */
  public void dispatchFailed(String address, String reason, Instant at) {
    firedAt = firedAt == null ? at : firedAt;
    executorAddress = address;
    if (!status.isFinal()) {
      moveTo(RunStatus.FAILED);
      message = truncate(reason);
      finishedAt = at;
    }
  }

  /**
   * The executor's result. Returns false, changing nothing, when the run already has a final status:
   * callbacks are retried, and a repeat must not change history.
   */
  public boolean complete(int code, String handleMessage, Instant at) {
    return complete(code, handleMessage, null, at);
  }

  /** As {@link #complete(int, String, Instant)}, with the executor's own start and finish times when it sends them. */
  public boolean complete(int code, String handleMessage, Instant executorStarted, Instant finished) {
    Instant at = finished;
    if (status.isFinal()) {
      return false;
    }
    startedAt = executorStarted;
    RunStatus next = switch (code) {
      case 200 -> RunStatus.SUCCEEDED;
      case 502 -> RunStatus.TIMED_OUT;
      default -> killedBy != null ? RunStatus.KILLED : RunStatus.FAILED;
    };
    moveTo(next);
    handleCode = code;
    message = truncate(next == RunStatus.KILLED ? "killed by " + killedBy + ": " + handleMessage : handleMessage);
    finishedAt = at;
    return true;
  }

  private void moveTo(RunStatus next) {
    if (!status.mayMoveTo(next)) {
      throw new IllegalRunTransition(id, status, next);
    }
    status = next;
  }

  private static String truncate(String text) {
    return text == null || text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT - 1) + "…";
  }

  public Duration lateness() {
    return firedAt == null ? null : Duration.between(dueAt, firedAt);
  }

  /** By the executor's clock when it reported its start, else from the send to the stored result. */
  public Duration duration() {
    Instant from = startedAt != null ? startedAt : firedAt;
    return from == null || finishedAt == null ? null : Duration.between(from, finishedAt);
  }

  public Long id() { return id; }
  public long jobId() { return jobId; }
  public TriggerType triggerType() { return triggerType; }
  public RunStatus status() { return status; }
  public Instant dueAt() { return dueAt; }
  public Instant firedAt() { return firedAt; }
  public int attempt() { return attempt; }
  public int shardIndex() { return shardIndex; }
  public int shardTotal() { return shardTotal; }
  public String params() { return params; }
  public String executorAddress() { return executorAddress; }
  public String adminNode() { return adminNode; }
  public Instant leaseUntil() { return leaseUntil; }
  public Integer handleCode() { return handleCode; }
  public String message() { return message; }
  public Instant finishedAt() { return finishedAt; }
  public Long retryOf() { return retryOf; }
  public Instant startedAt() { return startedAt; }
  public String killedBy() { return killedBy; }
  public Long fireOf() { return fireOf; }
  public String addressOverride() { return addressOverride; }
  public Long parentRunId() { return parentRunId; }
}
