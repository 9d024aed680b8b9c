package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A page of a run's log. {@code toLineNum} is the last line returned; {@code isEnd} is true once the
 * run has finished and nothing is left to read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogPage(
    int fromLineNum, int toLineNum, String logContent, @JsonProperty("isEnd") boolean isEnd) {}
