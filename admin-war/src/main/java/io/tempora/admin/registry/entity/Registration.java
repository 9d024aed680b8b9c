package io.tempora.admin.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

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

  protected Registration() {}

  public Registration(String appName, String address, Instant lastBeatAt) {
    this.appName = appName;
    this.address = address;
    this.lastBeatAt = lastBeatAt;
  }

  public String appName() {
    return appName;
  }

  public String address() {
    return address;
  }
}
