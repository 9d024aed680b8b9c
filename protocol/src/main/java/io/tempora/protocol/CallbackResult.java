package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of one run, as an executor reports it to {@code /api/callback}. {@code handleCode} is
 * 200 success, 500 failure, 502 timeout. XXL-JOB up to 3.4 spells the time {@code logDateTim}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackResult(
    long logId, @JsonAlias("logDateTime") long logDateTim, int handleCode, String handleMsg) {}
