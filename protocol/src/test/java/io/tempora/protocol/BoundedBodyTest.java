package io.tempora.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

  @Test
  void aBodyUpToTheLimitReadsWhole() throws IOException {
    try (BoundedBody body = new BoundedBody(new ByteArrayInputStream(new byte[100]), 100)) {
      assertThat(body.readAllBytes()).hasSize(100);
    }
  }

  @Test
  void readingPastTheLimitStopsWithTooLarge() {
    BoundedBody body = new BoundedBody(new ByteArrayInputStream(new byte[101]), 100);

    assertThatThrownBy(body::readAllBytes).isInstanceOf(BoundedBody.TooLarge.class).hasMessageContaining("larger than 100 bytes");
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
    assertThatThrownBy(() -> BoundedBody.admit(101, new ByteArrayInputStream(new byte[0]), 100)).isInstanceOf(BoundedBody.TooLarge.class);
    assertThat(BoundedBody.admit(-1, new ByteArrayInputStream(new byte[0]), 100)).isInstanceOf(BoundedBody.class);
  }

  @Test
  void tooLargeIsFoundAmongTheCausesOfAWrappedFailure() {
    BoundedBody.TooLarge tooLarge = new BoundedBody.TooLarge(5);

    assertThat(BoundedBody.causeIn(new RuntimeException(new UncheckedIOException(new IOException(tooLarge))))).isSameAs(tooLarge);
    assertThat(BoundedBody.causeIn(new RuntimeException("other"))).isNull();
  }
}
