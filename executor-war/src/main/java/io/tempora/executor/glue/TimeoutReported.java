package io.tempora.executor.glue;

import io.tempora.executor.platform.ExecutorException;

/** Glue that reported a timeout itself (XXL-JOB's {@code handleTimeout}): the run ends TIMED_OUT, code 502. */
public final class TimeoutReported extends ExecutorException {

  TimeoutReported(String message) {
    super(message == null ? "the glue reported a timeout" : message);
  }
}
