package io.tempora.executor.platform;

import io.tempora.executor.callback.CallbackDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import io.tempora.executor.process.ProcessLimits;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The executor's settings, typed. Defaults live in {@code META-INF/microprofile-config.properties};
 * {@link #validate()} runs at start so a bad value fails the deployment instead of the first run.
 */
@ApplicationScoped
public class ExecutorConfig {

  @Inject
  @ConfigProperty(name = "tempora.access-token")
  Optional<String> accessToken;

  @Inject
  @ConfigProperty(name = "tempora.access-token-file")
  String accessTokenFile;

  @Inject
  @ConfigProperty(name = "tempora.executor.insecure")
  boolean insecure;

  @Inject
  @ConfigProperty(name = "tempora.executor.token-wait")
  Duration tokenWait;

  @Inject
  @ConfigProperty(name = "tempora.executor.plugins-dir")
  String pluginsDir;

  @Inject
  @ConfigProperty(name = "tempora.executor.logs-dir")
  String logsDir;

  @Inject
  @ConfigProperty(name = "tempora.executor.spool-dir")
  String spoolDir;

  @Inject
  @ConfigProperty(name = "tempora.executor.callback-dialect")
  String callbackDialect;

  @Inject
  @ConfigProperty(name = "tempora.executor.admin-addresses")
  String adminAddresses;

  @Inject
  @ConfigProperty(name = "tempora.executor.app-name")
  String appName;

  @Inject
  @ConfigProperty(name = "tempora.executor.address")
  String address;

  @Inject
  @ConfigProperty(name = "tempora.executor.beat-interval")
  Duration beatInterval;

  @Inject
  @ConfigProperty(name = "tempora.executor.queue-capacity")
  int queueCapacity;

  @Inject
  @ConfigProperty(name = "tempora.executor.worker-idle-timeout")
  Duration workerIdleTimeout;

  @Inject
  @ConfigProperty(name = "tempora.executor.max-active-runs")
  int maxActiveRuns;

  @Inject
  @ConfigProperty(name = "tempora.executor.runner-threads")
  int runnerThreads;

  @Inject
  @ConfigProperty(name = "tempora.executor.blocking-threads")
  int blockingThreads;

  @Inject
  @ConfigProperty(name = "tempora.executor.blocking-after")
  Duration blockingAfter;

  @Inject
  @ConfigProperty(name = "tempora.executor.log-retention")
  Duration logRetention;

  @Inject
  @ConfigProperty(name = "tempora.executor.stop-grace")
  Duration stopGrace;

  @Inject
  @ConfigProperty(name = "tempora.executor.plugins-poll")
  Duration pluginsPoll;

  @Inject
  @ConfigProperty(name = "tempora.executor.glue-timeout")
  Duration glueTimeout;

  @Inject
  @ConfigProperty(name = "tempora.executor.max-request-body")
  long maxRequestBody;

  @Inject
  @ConfigProperty(name = "tempora.executor.script-limits.cpu-time")
  Duration scriptCpuTime;

  @Inject
  @ConfigProperty(name = "tempora.executor.script-limits.memory-mib")
  long scriptMemoryMiB;

  @Inject
  @ConfigProperty(name = "tempora.executor.script-limits.processes")
  long scriptProcesses;

  @Inject
  @ConfigProperty(name = "tempora.executor.script-limits.open-files")
  long scriptOpenFiles;

  public void validate() {
    adminAddresses();
    advertisedAddress();
    requirePositive("tempora.executor.beat-interval", beatInterval);
    requirePositive("tempora.executor.worker-idle-timeout", workerIdleTimeout);
    requirePositive("tempora.executor.log-retention", logRetention);
    requirePositive("tempora.executor.stop-grace", stopGrace);
    requirePositive("tempora.executor.plugins-poll", pluginsPoll);
    if (scriptCpuTime.isNegative() || scriptMemoryMiB < 0 || scriptProcesses < 0 || scriptOpenFiles < 0) {
      throw new InvalidConfiguration("tempora.executor.script-limits.*", scriptLimits(), "must not be negative (0: no limit)");
    }
    if (maxRequestBody < 1) {
      throw new InvalidConfiguration("tempora.executor.max-request-body", maxRequestBody, "must be at least 1 byte");
    }
    if (glueTimeout.isNegative()) {
      throw new InvalidConfiguration("tempora.executor.glue-timeout", glueTimeout, "must not be negative (PT0S: no limit)");
    }
    if (tokenWait.isNegative()) {
      throw new InvalidConfiguration("tempora.executor.token-wait", tokenWait, "must not be negative");
    }
    requirePositive("tempora.executor.blocking-after", blockingAfter);
    if (maxActiveRuns < 1) {
      throw new InvalidConfiguration("tempora.executor.max-active-runs", maxActiveRuns, "must be at least 1");
    }
    if (runnerThreads < 1) {
      throw new InvalidConfiguration("tempora.executor.runner-threads", runnerThreads, "must be at least 1");
    }
    if (blockingThreads < 1) {
      throw new InvalidConfiguration("tempora.executor.blocking-threads", blockingThreads, "must be at least 1");
    }
    if (queueCapacity < 1) {
      throw new InvalidConfiguration("tempora.executor.queue-capacity", queueCapacity, "must be at least 1");
    }
    if (appName.isBlank()) {
      throw new InvalidConfiguration("tempora.executor.app-name", appName, "must not be blank");
    }
    callbackDialect();
  }

  public Optional<String> accessToken() {
    return accessToken.map(String::trim).filter(token -> !token.isEmpty());
  }

  public Path accessTokenFile() {
    return Path.of(accessTokenFile);
  }

  public boolean insecure() {
    return insecure;
  }

  public Duration tokenWait() {
    return tokenWait;
  }

  public Path pluginsDir() {
    return Path.of(pluginsDir);
  }

  /** How often the plugins directory is checked for added, replaced and removed jars. */
  public Duration pluginsPoll() {
    return pluginsPoll;
  }

  public Path logsDir() {
    return Path.of(logsDir);
  }

  /** How long run logs are kept, counted in whole UTC days of their folders. */
  public Duration logRetention() {
    return logRetention;
  }

  /** Where run results wait, on disk, until an admin accepts them. */
  public Path spoolDir() {
    return Path.of(spoolDir);
  }

  /** The body shape of callbacks; every configured admin gets the same one. */
  public CallbackDialect callbackDialect() {
    try {
      return CallbackDialect.valueOf(callbackDialect.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidConfiguration("tempora.executor.callback-dialect", callbackDialect,
          "must be one of " + Arrays.toString(CallbackDialect.values()));
    }
  }

  /** Base URLs without a trailing slash, in the order callbacks try them. */
  public List<URI> adminAddresses() {
    List<URI> admins =
        Arrays.stream(adminAddresses.split(","))
            .map(String::trim)
            .filter(address -> !address.isEmpty())
            .map(address -> httpUri("tempora.executor.admin-addresses", address.replaceAll("/+$", "")))
            .toList();
    if (admins.isEmpty()) {
      throw new InvalidConfiguration("tempora.executor.admin-addresses", adminAddresses, "names no admin");
    }
    return admins;
  }

  public String appName() {
    return appName.trim();
  }

  /** The address admins call, with the trailing slash XXL-JOB admins expect. */
  public String advertisedAddress() {
    String trimmed = address.trim();
    String withSlash = trimmed.endsWith("/") ? trimmed : trimmed + "/";
    return httpUri("tempora.executor.address", withSlash).toString();
  }

  public Duration beatInterval() {
    return beatInterval;
  }

  public int queueCapacity() {
    return queueCapacity;
  }

  public Duration workerIdleTimeout() {
    return workerIdleTimeout;
  }

  /** The most runs queued or running at once, over all jobs; more are refused as overload. */
  public int maxActiveRuns() {
    return maxActiveRuns;
  }

  /** The threads every job shares for runs of handlers that do not block. */
  public int runnerThreads() {
    return runnerThreads;
  }

  /** The most threads beyond the runners: one per run of a blocking handler, and stand-ins for stuck runners. */
  public int blockingThreads() {
    return blockingThreads;
  }

  /** A run longer than this marks its handler as blocking. */
  public Duration blockingAfter() {
    return blockingAfter;
  }

  /** How long a killed or timed-out handler may take to return before it is abandoned. */
  public Duration stopGrace() {
    return stopGrace;
  }

  private static URI httpUri(String key, String value) {
    try {
      URI uri = URI.create(value);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new InvalidConfiguration(key, value, "must be an http(s) URL with a host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new InvalidConfiguration(key, value, e.getMessage());
    }
  }

  private static void requirePositive(String key, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new InvalidConfiguration(key, value, "must be positive");
    }
  }

  /** The timeout of a glue run whose job sets none; zero for no limit. */
  public Duration glueTimeout() {
    return glueTimeout;
  }

  /** The resource limits of script glue processes. */
  public ProcessLimits scriptLimits() {
    return ProcessLimits.of(scriptCpuTime.toSeconds(), scriptMemoryMiB, scriptProcesses, scriptOpenFiles);
  }

  /** The largest request body accepted, in bytes. */
  public long maxRequestBody() {
    return maxRequestBody;
  }
}
