package io.tempora.admin.dispatch.control;

import io.tempora.admin.run.control.RunOrder;
import io.tempora.protocol.TriggerRequest;
import java.time.Instant;

/** The XXL-JOB trigger for a run order, as sent at {@code firedAt}. */
final class Triggers {

  private Triggers() {}

  static TriggerRequest of(RunOrder order, Instant firedAt) {
    return new TriggerRequest(
        order.jobId(), order.handler(), order.params(), order.blockStrategy().name(), order.timeoutSeconds(),
        order.runId(), firedAt.toEpochMilli(), order.glueType().name(), order.glueSource(),
        order.glueUpdatedAt().toEpochMilli(), order.shardIndex(), order.shardTotal());
  }
}
