package io.tempora.executor.platform;

/** The root of everything the executor throws on purpose. */
public class ExecutorException extends RuntimeException {

  public ExecutorException(String message) {
    super(message);
  }

  public ExecutorException(String message, Throwable cause) {
    super(message, cause);
  }
}
