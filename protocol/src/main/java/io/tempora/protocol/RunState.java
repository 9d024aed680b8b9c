package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What an executor knows of one run. {@code UNKNOWN} means it never took the run or has forgotten it
 * (after a restart, or long after it ended): a run the admin still thinks is out there is lost.
 * {@code ENDED} means its result is on its way (spooled, being called back).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunState(long logId, State state) {

  public enum State {
    QUEUED,
    RUNNING,
    ENDED,
    UNKNOWN
  }
}
