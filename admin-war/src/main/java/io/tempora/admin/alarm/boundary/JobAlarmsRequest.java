package io.tempora.admin.alarm.boundary;

import io.tempora.admin.alarm.entity.AlarmEvent;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A job's alarm settings as the API receives them. A class with fields rather than a record: Payara's
 * OpenAPI scanner fails on constraint annotations of record constructor parameters.
 */
public class JobAlarmsRequest {
  @Size(max = 20) public List<String> emails;
  @Size(max = 2000) public String webhookUrl;
  @Size(min = 16, max = 200) public String webhookSecret;
  public Set<AlarmEvent> events;
}
