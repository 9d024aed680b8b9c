package io.tempora.admin.job.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyJobTest {

  @Test
  void aCopyIsNamedAfterItsOriginalWithinTheNameLimit() {
    assertThat(CopyJob.copyName("nightly report")).isEqualTo("nightly report (copy)");
    assertThat(CopyJob.copyName("n".repeat(100))).hasSize(100).endsWith("n (copy)");
  }
}
