package io.tempora.admin.glue.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.admin.glue.entity.GlueVersion;
import io.tempora.admin.job.entity.GlueType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GlueDiffTest {

  private static GlueVersion version(int number, String source) {
    return new GlueVersion(3, number, GlueType.GLUE_SHELL, source, null, "token 'ops'", Instant.EPOCH);
  }

  @Test
  void aChangedLineIsAUnifiedDiffHunk() {
    String diff = GlueDiff.between(version(1, "echo a\necho b\necho c\n"), version(2, "echo a\necho B\necho c\n"));

    assertThat(diff).isEqualTo("""
        --- job-3/version-1 (GLUE_SHELL)
        +++ job-3/version-2 (GLUE_SHELL)
        @@ -1,3 +1,3 @@
         echo a
        -echo b
        +echo B
         echo c
        """);
  }

  @Test
  void equalSourcesHaveAnEmptyDiff() {
    assertThat(GlueDiff.between(version(1, "echo a\n"), version(2, "echo a\n"))).isEmpty();
  }
}
