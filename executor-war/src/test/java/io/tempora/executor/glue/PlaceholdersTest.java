package io.tempora.executor.glue;

import static org.assertj.core.api.Assertions.assertThat;

import com.xxl.job.core.context.XxlJobContext;
import com.xxl.job.core.context.XxlJobHelper;
import io.tempora.executor.process.RecordingRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** XXL-JOB's log patterns, as glue writes them through XxlJobHelper.log. */
class PlaceholdersTest {

  private final RecordingRun run = RecordingRun.of("");

  @AfterEach
  void clear() {
    XxlJobContext.setXxlJobContext(null);
  }

  @Test
  void eachPlaceholderTakesTheNextArgumentAndTheRestIsKept() {
    XxlJobContext.setXxlJobContext(new XxlJobContext(run));

    XxlJobHelper.log("a={}, b={}, c={}", 1, "two");
    XxlJobHelper.log("no placeholders", 1);
    XxlJobHelper.log("{}{}", null, new Object[] {1, 2});
    XxlJobHelper.log("braces {x} stay");

    assertThat(run.lines()).containsExactly("a=1, b=two, c={}", "no placeholders", "null[1, 2]", "braces {x} stay");
  }
}
