package io.tempora.admin.alarm.entity;

import io.tempora.admin.run.entity.Run;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One alarm to one target (an email address or the webhook), stored with the run's end and delivered
 * later: the outbox row. A sender claims it with a token and a lease; only the holder of the claim
 * records the outcome, and a failed attempt is retried after 1 s, 2 s, 4 s, 8 s before it is given up.
 */
@Entity
@Table(name = "run_alarm")
public class RunAlarm {

  public static final int MAX_ATTEMPTS = 5;
  static final int ERROR_LIMIT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_alarm_seq")
  @SequenceGenerator(name = "run_alarm_seq", sequenceName = "run_alarm_seq", allocationSize = 50)
  private Long id;

  /** Mapped as an association so that a run stored in the same flush (a missed fire) is inserted first. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "run_id", nullable = false)
  private Run run;

  /** The same column read without loading the run; it is written through {@link #run} (0 until the row is read). */
  @Column(name = "run_id", insertable = false, updatable = false)
  private long runId;

  @Column(name = "job_id", nullable = false)
  private long jobId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AlarmEvent event;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AlarmChannel channel;

  @Column(nullable = false, length = 2000)
  private String target;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AlarmStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(length = 64)
  private String claim;

  @Column(name = "last_error", length = ERROR_LIMIT)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected RunAlarm() {}

  /** An alarm to deliver as soon as a sender gets to it. */
  public static RunAlarm pending(Run run, AlarmEvent event, AlarmChannel channel, String target, Instant now) {
    RunAlarm alarm = new RunAlarm();
    alarm.run = run;
    alarm.jobId = run.jobId();
    alarm.event = event;
    alarm.channel = channel;
    alarm.target = target;
    alarm.status = AlarmStatus.PENDING;
    alarm.nextAttemptAt = now;
    alarm.createdAt = now;
    return alarm;
  }

  /** An alarm that cannot be sent at all, e.g. an email while no SMTP server is configured: recorded with why. */
  public static RunAlarm notSent(Run run, AlarmEvent event, AlarmChannel channel, String target, String reason, Instant now) {
    RunAlarm alarm = pending(run, event, channel, target, now);
    alarm.status = AlarmStatus.FAILED;
    alarm.nextAttemptAt = null;
    alarm.lastError = truncate(reason);
    return alarm;
  }

  /** Taken by a sender until {@code leaseUntil}; after that another sender may take it again. */
  public void claim(String token, Instant leaseUntil) {
    if (status != AlarmStatus.PENDING) {
      throw new IllegalStateException("alarm " + id + " is " + status + ", not PENDING");
    }
    claim = token;
    nextAttemptAt = leaseUntil;
  }

  public boolean heldBy(String token) {
    return status == AlarmStatus.PENDING && token.equals(claim);
  }

  public void delivered(Instant at) {
    attempts++;
    status = AlarmStatus.SENT;
    sentAt = at;
    nextAttemptAt = null;
    claim = null;
  }

  /** One more attempt failed: try again after the backoff, or give up after {@link #MAX_ATTEMPTS}. */
  public void notDelivered(String reason, Instant at) {
    attempts++;
    lastError = truncate(reason);
    claim = null;
    if (attempts >= MAX_ATTEMPTS) {
      status = AlarmStatus.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = at.plus(backoffAfter(attempts));
    }
  }

  /** 1 s after the first failed attempt, doubling. */
  static Duration backoffAfter(int attempts) {
    return Duration.ofSeconds(1L << Math.min(attempts - 1, 6));
  }

  private static String truncate(String text) {
    return text == null || text.length() <= ERROR_LIMIT ? text : text.substring(0, ERROR_LIMIT - 1) + "…";
  }

  public Long id() { return id; }
  public long runId() { return runId; }
  public long jobId() { return jobId; }
  public AlarmEvent event() { return event; }
  public AlarmChannel channel() { return channel; }
  public String target() { return target; }
  public AlarmStatus status() { return status; }
  public int attempts() { return attempts; }
  public Instant nextAttemptAt() { return nextAttemptAt; }
  public String lastError() { return lastError; }
  public Instant createdAt() { return createdAt; }
  public Instant sentAt() { return sentAt; }
}
