package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An executor's heartbeat ({@code /api/registry}) or farewell ({@code /api/registryRemove}):
 * {@code registryKey} is its app name, {@code registryValue} the address the admin calls back.
 * {@code handlers} is a Tempora extra that XXL-JOB peers neither send nor read: the BEAN handler names
 * the executor offers, so the admin can reject a job naming a handler none of them has.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistryRequest(String registryGroup, String registryKey, String registryValue, List<String> handlers) {

  public static final String EXECUTOR_GROUP = "EXECUTOR";

  public static RegistryRequest executor(String appName, String address) {
    return new RegistryRequest(EXECUTOR_GROUP, appName, address, null);
  }

  public static RegistryRequest executor(String appName, String address, List<String> handlers) {
    return new RegistryRequest(EXECUTOR_GROUP, appName, address, List.copyOf(handlers));
  }
}
