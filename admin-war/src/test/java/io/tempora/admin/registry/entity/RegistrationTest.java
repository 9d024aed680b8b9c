package io.tempora.admin.registry.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aBeatReplacesTheOfferedHandlersAndABeatWithoutThemKeepsThem() {
    Registration registration = new Registration("app", "http://e/", T0);
    registration.beat(T0.plusSeconds(30), List.of("echo", "sleep"), null);
    registration.beat(T0.plusSeconds(60), null, null);
    assertThat(registration.handlers()).containsExactlyInAnyOrder("echo", "sleep");
    registration.beat(T0.plusSeconds(90), List.of("echo"), null);
    assertThat(registration.handlers()).containsExactly("echo");
  }
}
