package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The XXL-JOB 3.5 callback body, {@code {"callbackList":[...]}}; earlier versions send the bare array. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackBatch(List<CallbackResult> callbackList) {}
