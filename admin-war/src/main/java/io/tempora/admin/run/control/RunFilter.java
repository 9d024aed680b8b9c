package io.tempora.admin.run.control;

import io.tempora.admin.run.entity.RunStatus;
import io.tempora.admin.run.entity.TriggerType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which runs a listing shows; each criterion is optional. Only the criteria given become conditions,
 * so the database can use the index that fits (job and id, or the primary key) instead of a generic
 * "parameter is null or ..." that defeats them.
 */
public record RunFilter(Long jobId, RunStatus status, TriggerType triggerType, Instant dueFrom, Instant dueBefore) {

  public static final RunFilter ALL = new RunFilter(null, null, null, null, null);

  /** The JPQL conditions for run alias {@code r}, and below {@code beforeId} when it is given (keyset paging). */
  String where(Long beforeId) {
    List<String> conditions = new ArrayList<>();
    parameters(beforeId).keySet().forEach(name -> conditions.add(CONDITIONS.get(name)));
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  <T> TypedQuery<T> bind(TypedQuery<T> query, Long beforeId) {
    parameters(beforeId).forEach(query::setParameter);
    return query;
  }

  private static final Map<String, String> CONDITIONS = Map.of(
      "job", "r.jobId = :job",
      "status", "r.status = :status",
      "trigger", "r.triggerType = :trigger",
      "dueFrom", "r.dueAt >= :dueFrom",
      "dueBefore", "r.dueAt < :dueBefore",
      "beforeId", "r.id < :beforeId");

  private Map<String, Object> parameters(Long beforeId) {
    Map<String, Object> given = new LinkedHashMap<>();
    put(given, "job", jobId);
    put(given, "status", status);
    put(given, "trigger", triggerType);
    put(given, "dueFrom", dueFrom);
    put(given, "dueBefore", dueBefore);
    put(given, "beforeId", beforeId);
    return given;
  }

  private static void put(Map<String, Object> given, String name, Object value) {
    if (value != null) {
      given.put(name, value);
    }
  }
}
