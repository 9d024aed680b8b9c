package io.tempora.handler;

/** Appends lines to the log of one run. */
public interface RunLog {

  void log(String message);

  /** {@link String#format} style. */
  default void log(String format, Object... args) {
    log(String.format(format, args));
  }
}
