package io.tempora.executor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tempora.executor.callback.CallbackDialect;
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
    config.logRetention = Duration.ofDays(30);
    config.stopGrace = Duration.ofSeconds(5);
    config.pluginsPoll = Duration.ofSeconds(2);
    config.tokenWait = Duration.ofSeconds(30);
    config.queueCapacity = 1000;
    config.maxActiveRuns = 50_000;
    config.runnerThreads = 8;
    config.blockingThreads = 500;
    config.blockingAfter = Duration.ofMillis(50);
    config.callbackDialect = "XXL_3_3";
    config.glueTimeout = Duration.ofHours(1);
    config.scriptCpuTime = Duration.ofHours(1);
    config.scriptMemoryMiB = 4096;
    config.scriptProcesses = 1024;
    config.scriptOpenFiles = 1024;
    config.maxRequestBody = 4 * 1024 * 1024;
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
  void rejectsAPoolWithoutRunnersOrBlockingThreadsOrABlockingThreshold() {
    ExecutorConfig noRunners = config("http://a:8080", "http://me:9999");
    noRunners.runnerThreads = 0;
    assertThatThrownBy(noRunners::validate).hasMessageContaining("tempora.executor.runner-threads");
    ExecutorConfig noBlocking = config("http://a:8080", "http://me:9999");
    noBlocking.blockingThreads = 0;
    assertThatThrownBy(noBlocking::validate).hasMessageContaining("tempora.executor.blocking-threads");
    ExecutorConfig noThreshold = config("http://a:8080", "http://me:9999");
    noThreshold.blockingAfter = Duration.ZERO;
    assertThatThrownBy(noThreshold::validate).hasMessageContaining("tempora.executor.blocking-after");
  }

  @Test
  void readsTheCallbackDialectAndRejectsAnUnknownOne() {
    ExecutorConfig config = config("http://a:8080", "http://me:9999");
    config.callbackDialect = " XXL_3_5 ";
    assertThat(config.callbackDialect()).isEqualTo(CallbackDialect.XXL_3_5);
    config.callbackDialect = "XXL_4";
    assertThatThrownBy(config::validate).hasMessageContaining("tempora.executor.callback-dialect")
        .hasMessageContaining("XXL_2_3");
  }

  @Test
  void readsABlankConfiguredTokenAsNone() {
    ExecutorConfig config = config("http://a:8080", "http://me:9999");
    config.accessToken = Optional.of("   ");
    assertThat(config.accessToken()).isEmpty();
  }
}
