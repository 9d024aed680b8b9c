package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The body of {@code /idleBeat} and {@code /kill}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobRequest(long jobId) {}
