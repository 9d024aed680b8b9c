package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The admin asks a Tempora executor what became of these runs (their {@code logId}s). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunStatusRequest(List<Long> logIds) {}
