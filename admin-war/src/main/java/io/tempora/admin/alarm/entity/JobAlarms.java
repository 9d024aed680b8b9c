package io.tempora.admin.alarm.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where a job's alarms go and which run ends raise one; absent for a job without alarms. */
@Entity
@Table(name = "job_alarm")
public class JobAlarms {

  @Id
  @Column(name = "job_id")
  private long jobId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "job_alarm_email", joinColumns = @JoinColumn(name = "job_id"))
  @Column(name = "address", nullable = false, length = 254)
  private Set<String> emails = new HashSet<>();

  @Column(name = "webhook_url", length = 2000)
  private String webhookUrl;

  @Column(name = "webhook_secret", length = 200)
  private String webhookSecret;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "job_alarm_event", joinColumns = @JoinColumn(name = "job_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "event", nullable = false, length = 16)
  private Set<AlarmEvent> events = new HashSet<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected JobAlarms() {}

  public JobAlarms(long jobId) {
    this.jobId = jobId;
  }

  /** Replaces the settings; a webhook needs a secret, given now or kept from before. */
  public void define(AlarmDefinition definition, Instant now) {
    emails.clear();
    emails.addAll(definition.emails());
    webhookUrl = definition.webhookUrl();
    if (webhookUrl == null) {
      webhookSecret = null;
    } else if (definition.webhookSecret() != null) {
      webhookSecret = definition.webhookSecret();
    }
    events.clear();
    events.addAll(definition.events());
    updatedAt = now;
  }

  /** Whether a webhook is set without a secret to sign its calls: such settings are refused. */
  public boolean lacksWebhookSecret() {
    return webhookUrl != null && webhookSecret == null;
  }

  public boolean raisesOn(AlarmEvent event) {
    return events.contains(event);
  }

  public long jobId() { return jobId; }
  public List<String> emails() { return emails.stream().sorted().toList(); }
  public String webhookUrl() { return webhookUrl; }
  public String webhookSecret() { return webhookSecret; }
  public Set<AlarmEvent> events() { return Set.copyOf(events); }
  public Instant updatedAt() { return updatedAt; }
}
