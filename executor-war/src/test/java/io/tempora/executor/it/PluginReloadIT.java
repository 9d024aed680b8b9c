package io.tempora.executor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tempora.executor.handler.PluginJars;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.Reply;
import io.tempora.protocol.TriggerRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/** Plugin jars added, replaced and removed while the packaged executor runs, without a restart. */
class PluginReloadIT {

  private static final String TOKEN = "reload-it-" + System.nanoTime();
  private static final AtomicLong NEXT_ID = new AtomicLong(9000);
  private static final long LOG_DATE = System.currentTimeMillis();
  private static final long JOB = 301;

  private static FakeAdmin admin;
  private static PayaraExecutor executor;
  private static ExecutorClient client;
  private static Path workDir;

  @RegisterExtension
  static final TestWatcher SERVER_LOG_ON_FAILURE = ItServers.logOnFailure(() -> executor);

  @BeforeAll
  static void startExecutor() throws Exception {
    workDir = ItServers.newWorkDir("reload-");
    admin = new FakeAdmin(TOKEN);
    executor = PayaraExecutor.start(workDir, admin.url(), TOKEN, "tempora.executor.plugins-poll=PT0.5S");
    client = new ExecutorClient(executor.url(), TOKEN);
    executor.awaitReady(client);
  }

  @AfterAll
  static void stopExecutor() throws Exception {
    ItServers.closeAll(executor, admin);
  }

  @Test
  void aJarAddedThenReplacedThenRemovedWhileRunningTakesEffectWithoutARestart() throws Exception {
    Path plugin = executor.dataDir.resolve("executor/plugins/greeter.jar");
    Path journal = workDir.resolve("greeter-journal");
    assertThat(client.post("run", trigger(NEXT_ID.incrementAndGet())).msg())
        .isEqualTo("job handler [greet] not found.");

    PluginJars.greeter(plugin, "greet", "hello from v1", journal);
    long first = acceptedOnceLoaded();
    assertThat(awaitCallback(first)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(200, "hello from v1");

    PluginJars.greeter(plugin, "greet", "hello from v2", journal);
    eventually().until(() -> PluginJars.journal(journal).contains("init hello from v2"));
    long second = NEXT_ID.incrementAndGet();
    assertThat(client.post("run", trigger(second)).code()).isEqualTo(200);
    assertThat(awaitCallback(second)).extracting(CallbackResult::handleCode, CallbackResult::handleMsg)
        .containsExactly(200, "hello from v2");
    eventually().until(() -> PluginJars.journal(journal).contains("destroy hello from v1"));

    Files.delete(plugin);
    eventually().until(() -> PluginJars.journal(journal).contains("destroy hello from v2"));
    Reply<Object> refused = client.post("run", trigger(NEXT_ID.incrementAndGet()));
    assertThat(refused.code()).isEqualTo(500);
    assertThat(refused.msg()).isEqualTo("job handler [greet] not found.");
  }

  private static long acceptedOnceLoaded() {
    long logId = NEXT_ID.incrementAndGet();
    eventually().until(() -> client.post("run", trigger(logId)).code() == 200);
    return logId;
  }

  private static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200));
  }

  private static CallbackResult awaitCallback(long logId) {
    eventually().until(() -> !admin.callbacksFor(logId).isEmpty());
    return admin.onlyCallbackFor(logId);
  }

  private static TriggerRequest trigger(long logId) {
    return new TriggerRequest(JOB, "greet", "", "SERIAL_EXECUTION", 0, logId, LOG_DATE, "BEAN", "", 0, 0, 1);
  }
}
