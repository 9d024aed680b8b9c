package io.tempora.executor.glue;

import io.tempora.executor.platform.ExecutorException;

/** A trigger this executor refuses because it has no handler for it; the message is the refusal. */
public class HandlerUnavailable extends ExecutorException {

  public HandlerUnavailable(String message) {
    super(message);
  }
}
