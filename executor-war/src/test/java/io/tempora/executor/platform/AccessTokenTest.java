package io.tempora.executor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessTokenTest {

  @Test
  void admitsOnlyTheExactToken() {
    AccessToken token = AccessToken.of("s3cret");
    assertThat(token.admits("s3cret")).isTrue();
    assertThat(token.admits("s3cre")).isFalse();
    assertThat(token.admits("S3CRET")).isFalse();
    assertThat(token.admits("")).isFalse();
    assertThat(token.admits(null)).isFalse();
  }

  @Test
  void noTokenAdmitsEveryCallerAndSendsNothing() {
    assertThat(AccessToken.none().admits(null)).isTrue();
    assertThat(AccessToken.none().value()).isEmpty();
  }

  @Test
  void aBlankTokenIsNotAToken() {
    assertThatThrownBy(() -> AccessToken.of("  ")).isInstanceOf(IllegalArgumentException.class);
  }
}
