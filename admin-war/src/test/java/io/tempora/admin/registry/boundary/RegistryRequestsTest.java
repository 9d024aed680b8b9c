package io.tempora.admin.registry.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.protocol.RegistryRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryRequestsTest {

  @Test
  void aNullHandlerNameIsRefusedNamingIt() {
    RegistryRequest request = new RegistryRequest("EXECUTOR", "app", "http://host:9999/", Arrays.asList("echo", null));

    assertThat(RegistryRequests.whatIsInvalid(request)).hasValueSatisfying(reason -> assertThat(reason).startsWith("handlers[1]"));
  }

  @Test
  void aHandlerNameLongerThanTheColumnIsRefused() {
    RegistryRequest request = new RegistryRequest("EXECUTOR", "app", "http://host:9999/", List.of("h".repeat(256)));

    assertThat(RegistryRequests.whatIsInvalid(request)).hasValueSatisfying(reason -> assertThat(reason).startsWith("handlers[0]"));
  }

  @Test
  void aRegistrationWithoutHandlersOrWithNamedOnesIsValid() {
    assertThat(RegistryRequests.whatIsInvalid(RegistryRequest.executor("app", "http://host:9999/"))).isEmpty();
    assertThat(RegistryRequests.whatIsInvalid(RegistryRequest.executor("app", "http://host:9999/", List.of("echo")))).isEmpty();
  }
}
