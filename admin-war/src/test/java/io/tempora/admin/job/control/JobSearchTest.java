package io.tempora.admin.job.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobSearchTest {

  @Test
  void aTextBecomesACaseBlindContainsPatternWhoseWildcardsMatchThemselves() {
    assertThat(new JobSearch(null, " Report ", null).pattern()).isEqualTo("%report%");
    assertThat(new JobSearch(null, "50%_off!", null).pattern()).isEqualTo("%50!%!_off!!%");
  }

  @Test
  void noTextMeansNoCondition() {
    assertThat(new JobSearch(null, null, null).pattern()).isNull();
    assertThat(new JobSearch(null, "  ", null).pattern()).isNull();
  }
}
