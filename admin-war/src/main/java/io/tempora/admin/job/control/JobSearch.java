package io.tempora.admin.job.control;

import java.util.Locale;

/** Which jobs a listing shows: of a group, whose name or handler contains a text, enabled or not; each optional. */
public record JobSearch(Long groupId, String text, Boolean enabled) {

  static final String WHERE = " where (:group is null or j.groupId = :group)"
      + " and (:text is null or lower(j.name) like :text escape '!' or lower(j.handler) like :text escape '!')"
      + " and (:enabled is null or j.enabled = :enabled)";

  /** The text as a case-blind LIKE pattern; a % or _ in it matches itself ('!' escapes). */
  String pattern() {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped = text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
