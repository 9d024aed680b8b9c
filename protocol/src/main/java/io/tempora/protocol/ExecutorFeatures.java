package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Optional endpoints a Tempora executor serves beyond XXL-JOB's, announced in its registration; each
 * is a path relative to the executor's address, or null when not offered. An admin uses one only when
 * the executor announced it.
 *
 * @param batchTrigger accepts a {@link TriggerBatch} and answers one {@link TriggerOutcome} per run
 * @param runStatus accepts a {@link RunStatusRequest} and answers one {@link RunState} per run id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutorFeatures(String batchTrigger, String runStatus) {

  public static final String BATCH_TRIGGER_PATH = "tempora/runs";
  public static final String RUN_STATUS_PATH = "tempora/runStatus";

  public static ExecutorFeatures all() {
    return new ExecutorFeatures(BATCH_TRIGGER_PATH, RUN_STATUS_PATH);
  }
}
