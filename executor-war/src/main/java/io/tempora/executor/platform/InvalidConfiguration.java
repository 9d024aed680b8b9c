package io.tempora.executor.platform;

/** A configuration value the executor cannot work with; thrown at start so the deployment fails. */
public class InvalidConfiguration extends ExecutorException {

  public InvalidConfiguration(String key, Object value, String reason) {
    super("configuration " + key + "=" + value + " is invalid: " + reason);
  }
}
