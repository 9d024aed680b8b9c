package io.tempora.admin.registry.entity;

import io.tempora.protocol.ExecutorFeatures;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** One executor address of an app and when it last beat. */
@Entity
@Table(name = "executor_registration")
public class Registration {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "executor_registration_seq")
  @SequenceGenerator(name = "executor_registration_seq", sequenceName = "executor_registration_seq", allocationSize = 1)
  private Long id;

  @Column(name = "app_name", nullable = false, length = 64)
  private String appName;

  @Column(nullable = false)
  private String address;

  @Column(name = "last_beat_at", nullable = false)
  private Instant lastBeatAt;

  @Column(name = "batch_trigger_path", length = 100)
  private String batchTriggerPath;

  @Column(name = "run_status_path", length = 100)
  private String runStatusPath;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "executor_handler", joinColumns = @JoinColumn(name = "registration_id"))
  @Column(name = "name", nullable = false)
  private Set<String> handlers = new HashSet<>();

  protected Registration() {}

  public Registration(String appName, String address, Instant lastBeatAt) {
    this.appName = appName;
    this.address = address;
    this.lastBeatAt = lastBeatAt;
  }

  /**
   * A heartbeat; {@code offered} is null from executors that do not say which handlers they have, and
   * {@code features} null from those that serve nothing beyond XXL-JOB's endpoints.
   */
  public void beat(Instant at, Collection<String> offered, ExecutorFeatures features) {
    lastBeatAt = at;
    batchTriggerPath = features == null ? null : bounded(features.batchTrigger());
    runStatusPath = features == null ? null : bounded(features.runStatus());
    if (offered != null && !handlers.equals(Set.copyOf(offered))) {
      handlers.clear();
      handlers.addAll(offered);
    }
  }

  private static String bounded(String path) {
    return path == null || path.isBlank() || path.length() > 100 ? null : path;
  }

  public ExecutorFeatures features() {
    return new ExecutorFeatures(batchTriggerPath, runStatusPath);
  }

  public Instant lastBeatAt() {
    return lastBeatAt;
  }

  public Set<String> handlers() {
    return Set.copyOf(handlers);
  }

  public String appName() {
    return appName;
  }

  public String address() {
    return address;
  }
}
