package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Many runs in one request to a Tempora executor's batch trigger endpoint; each is taken or refused on its own. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriggerBatch(List<TriggerRequest> runs) {}
