package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code /log}: lines of a run's log from {@code fromLineNum} (1-based). XXL-JOB up to 3.4
 * reads the run's time as {@code logDateTim}, 3.5 as {@code logDateTime} (it finds the log file by
 * that date), so the request carries both and a reader takes either.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogRequest(long logId, long logDateTim, int fromLineNum) {

  @JsonCreator
  static LogRequest read(
      @JsonProperty("logId") long logId,
      @JsonProperty("logDateTim") Long logDateTim,
      @JsonProperty("logDateTime") Long logDateTime,
      @JsonProperty("fromLineNum") int fromLineNum) {
    long time = logDateTim != null ? logDateTim : logDateTime != null ? logDateTime : 0;
    return new LogRequest(logId, time, fromLineNum);
  }

  @JsonProperty("logDateTime")
  long logDateTimeFor35() {
    return logDateTim;
  }
}
