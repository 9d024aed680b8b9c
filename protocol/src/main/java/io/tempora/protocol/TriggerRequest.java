package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code /run} (XXL-JOB 2.3–3.4) and {@code /trigger} (3.5): one run for an executor to
 * queue. {@code logId} is the run id; {@code executorTimeout} is in seconds, 0 for none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriggerRequest(
    long jobId,
    String executorHandler,
    String executorParams,
    String executorBlockStrategy,
    int executorTimeout,
    long logId,
    @JsonAlias("logDateTim") long logDateTime,
    String glueType,
    String glueSource,
    long glueUpdatetime,
    int broadcastIndex,
    int broadcastTotal) {}
