package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An executor's heartbeat ({@code /api/registry}) or farewell ({@code /api/registryRemove}):
 * {@code registryKey} is its app name, {@code registryValue} the address the admin calls back.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryRequest(String registryGroup, String registryKey, String registryValue) {

  public static final String EXECUTOR_GROUP = "EXECUTOR";

  public static RegistryRequest executor(String appName, String address) {
    return new RegistryRequest(EXECUTOR_GROUP, appName, address);
  }
}
