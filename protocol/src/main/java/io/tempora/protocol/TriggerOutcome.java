package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether one run of a {@link TriggerBatch} was queued: {@code code} 200 queued, anything else refused
 * with {@code msg} saying why (the same messages as {@code /run}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriggerOutcome(long logId, int code, String msg) {

  public boolean accepted() {
    return code == Reply.SUCCESS;
  }
}
