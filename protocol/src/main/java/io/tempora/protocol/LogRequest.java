package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The body of {@code /log}: lines of a run's log from {@code fromLineNum} (1-based). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogRequest(long logId, @JsonAlias("logDateTime") long logDateTim, int fromLineNum) {}
