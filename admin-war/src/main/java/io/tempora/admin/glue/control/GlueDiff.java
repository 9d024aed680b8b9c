package io.tempora.admin.glue.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.tempora.admin.glue.entity.GlueVersion;
import java.util.List;

/** Two glue versions as a unified diff (as {@code diff -u} prints it), with three lines of context. */
public final class GlueDiff {

  static final int CONTEXT_LINES = 3;

  private GlueDiff() {}

  /** Empty when both versions hold the same source. */
  public static String between(GlueVersion from, GlueVersion to) {
    List<String> original = from.source().lines().toList();
    List<String> revised = to.source().lines().toList();
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(label(from), label(to), original,
        DiffUtils.diff(original, revised), CONTEXT_LINES);
    return diff.isEmpty() ? "" : String.join("\n", diff) + "\n";
  }

  private static String label(GlueVersion version) {
    return "job-" + version.jobId() + "/version-" + version.version() + " (" + version.glueType() + ")";
  }
}
