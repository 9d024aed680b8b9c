package io.tempora.admin.job.control;

import io.tempora.admin.job.entity.ScheduleType;
import java.util.Locale;

/**
 * Which jobs a listing shows: of a group, whose name or handler contains a text, enabled or not, with
 * exactly this handler, of a schedule type; each optional.
 */
public record JobSearch(Long groupId, String text, Boolean enabled, String handler, ScheduleType scheduleType) {

  public JobSearch(Long groupId, String text, Boolean enabled) {
    this(groupId, text, enabled, null, null);
  }

  static final String WHERE = " where (:group is null or j.groupId = :group)"
      + " and (:text is null or lower(j.name) like :text escape '!' or lower(j.handler) like :text escape '!')"
      + " and (:enabled is null or j.enabled = :enabled)"
      + " and (:handler is null or j.handler = :handler)"
      + " and (:scheduleType is null or j.scheduleType = :scheduleType)";

  /** The text as a case-blind LIKE pattern; a % or _ in it matches itself ('!' escapes). */
  String pattern() {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped = text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
