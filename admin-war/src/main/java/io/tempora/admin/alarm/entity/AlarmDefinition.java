package io.tempora.admin.alarm.entity;

import java.util.List;
import java.util.Set;

/**
 * A job's alarm settings as a user gives them, already validated. A null {@code webhookSecret} keeps
 * the stored one: the secret is write-only, so a client that read the settings cannot send it back.
 */
public record AlarmDefinition(List<String> emails, String webhookUrl, String webhookSecret, Set<AlarmEvent> events) {

  public AlarmDefinition {
    emails = List.copyOf(emails);
    events = Set.copyOf(events);
  }
}
