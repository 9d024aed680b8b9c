package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An executor's heartbeat ({@code /api/registry}) or farewell ({@code /api/registryRemove}):
 * {@code registryKey} is its app name, {@code registryValue} the address the admin calls back.
 * {@code handlers} and {@code features} are Tempora extras that XXL-JOB peers neither send nor read:
 * the BEAN handler names the executor offers, so the admin can reject a job naming a handler none of
 * them has, and the optional endpoints it serves beyond XXL-JOB's.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistryRequest(
    String registryGroup, String registryKey, String registryValue, List<String> handlers, ExecutorFeatures features) {

  public static final String EXECUTOR_GROUP = "EXECUTOR";

  public RegistryRequest(String registryGroup, String registryKey, String registryValue, List<String> handlers) {
    this(registryGroup, registryKey, registryValue, handlers, null);
  }

  public static RegistryRequest executor(String appName, String address) {
    return new RegistryRequest(EXECUTOR_GROUP, appName, address, null, null);
  }

  public static RegistryRequest executor(String appName, String address, List<String> handlers) {
    return new RegistryRequest(EXECUTOR_GROUP, appName, address, List.copyOf(handlers), null);
  }

  public static RegistryRequest executor(
      String appName, String address, List<String> handlers, ExecutorFeatures features) {
    return new RegistryRequest(EXECUTOR_GROUP, appName, address, List.copyOf(handlers), features);
  }
}
