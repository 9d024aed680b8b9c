package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of one run, as an executor reports it to {@code /api/callback}. {@code handleCode} is
 * 200 success, 500 failure, 502 timeout. XXL-JOB up to 3.4 spells the time {@code logDateTim}.
 * {@code startedAt} and {@code finishedAt} (epoch milliseconds, executor clock) are Tempora extras that
 * XXL-JOB peers neither send nor read: they let the admin record a run's real duration rather than
 * the time its callback arrived.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackResult(
    long logId,
    @JsonAlias("logDateTime") long logDateTim,
    int handleCode,
    String handleMsg,
    Long startedAt,
    Long finishedAt) {

  /** A result as XXL-JOB executors send it: without start and finish times. */
  public CallbackResult(long logId, long logDateTim, int handleCode, String handleMsg) {
    this(logId, logDateTim, handleCode, handleMsg, null, null);
  }
}
