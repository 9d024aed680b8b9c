package io.tempora.admin.dispatch.control;

import io.tempora.admin.run.control.RunOrder;
import io.tempora.protocol.TriggerRequest;
import java.time.Instant;

/** One run on its way to an executor, fired at {@code firedAt}. */
record Sending(RunOrder order, TriggerRequest trigger, Instant firedAt) {

  static Sending of(RunOrder order, Instant firedAt) {
    return new Sending(order, Triggers.of(order, firedAt), firedAt);
  }
}
