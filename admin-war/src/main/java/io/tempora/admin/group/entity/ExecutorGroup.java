package io.tempora.admin.group.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "executor_group")
public class ExecutorGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "executor_group_seq")
  @SequenceGenerator(name = "executor_group_seq", sequenceName = "executor_group_seq", allocationSize = 1)
  private Long id;

  @Column(name = "app_name", nullable = false, length = 64)
  private String appName;

  @Column(nullable = false, length = 100)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "address_mode", nullable = false, length = 16)
  private AddressMode addressMode;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "executor_group_address", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "address", nullable = false)
  private List<String> addresses = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private WireDialect dialect;

  @Version private long version;

  protected ExecutorGroup() {}

  public ExecutorGroup(String appName, String title, AddressMode addressMode, List<String> addresses, WireDialect dialect) {
    change(appName, title, addressMode, addresses, dialect);
  }

  public final void change(String appName, String title, AddressMode addressMode, List<String> addresses, WireDialect dialect) {
    this.appName = appName;
    this.title = title;
    this.addressMode = addressMode;
    this.addresses = new ArrayList<>(addresses);
    this.dialect = dialect;
  }

  public Long id() {
    return id;
  }

  public String appName() {
    return appName;
  }

  public String title() {
    return title;
  }

  public AddressMode addressMode() {
    return addressMode;
  }

  public List<String> addresses() {
    return List.copyOf(addresses);
  }

  public WireDialect dialect() {
    return dialect;
  }
}
