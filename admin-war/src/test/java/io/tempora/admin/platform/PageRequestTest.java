package io.tempora.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aPageWhoseOffsetWouldOverflowIsRefusedNamingPage() {
    assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 20))
        .isInstanceOfSatisfying(InvalidField.class,
            invalid -> assertThat(invalid.fieldErrors()).extracting(Problem.FieldError::field).containsExactly("page"));
  }

  @Test
  void theLastReachablePageIsAccepted() {
    PageRequest last = PageRequest.of(Integer.MAX_VALUE / 500, 500);

    assertThat(last.offset()).isPositive();
  }
}
