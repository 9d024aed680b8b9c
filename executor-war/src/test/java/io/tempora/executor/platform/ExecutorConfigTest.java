package io.tempora.executor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutorConfigTest {

  private ExecutorConfig config(String admins, String address) {
    ExecutorConfig config = new ExecutorConfig();
    config.accessToken = Optional.empty();
    config.adminAddresses = admins;
    config.address = address;
    config.appName = "tempora-demo";
    config.beatInterval = Duration.ofSeconds(30);
    config.workerIdleTimeout = Duration.ofSeconds(60);
    config.tokenWait = Duration.ofSeconds(30);
    config.queueCapacity = 1000;
    return config;
  }

  @Test
  void listsAdminsInOrderWithoutTrailingSlashes() {
    assertThat(config(" http://a:8080/ ,http://b:8080", "http://me:9999").adminAddresses())
        .containsExactly(URI.create("http://a:8080"), URI.create("http://b:8080"));
  }

  @Test
  void advertisesItsAddressWithATrailingSlash() {
    assertThat(config("http://a:8080", "http://me:9999").advertisedAddress()).isEqualTo("http://me:9999/");
    assertThat(config("http://a:8080", "http://me:9999/").advertisedAddress()).isEqualTo("http://me:9999/");
  }

  @Test
  void rejectsAnAdminThatIsNotAnHttpUrl() {
    assertThatThrownBy(() -> config("ftp://a", "http://me:9999").validate())
        .isInstanceOf(InvalidConfiguration.class)
        .hasMessageContaining("tempora.executor.admin-addresses");
  }

  @Test
  void rejectsANonPositiveBeatInterval() {
    ExecutorConfig config = config("http://a:8080", "http://me:9999");
    config.beatInterval = Duration.ZERO;
    assertThatThrownBy(config::validate).hasMessageContaining("tempora.executor.beat-interval");
  }

  @Test
  void readsABlankConfiguredTokenAsNone() {
    ExecutorConfig config = config("http://a:8080", "http://me:9999");
    config.accessToken = Optional.of("   ");
    assertThat(config.accessToken()).isEmpty();
  }
}
