package io.tempora.admin.dispatch.control;

import java.time.Instant;

/** What became of one dispatch: accepted by {@code address}, or failed with {@code reason}. */
public record DispatchOutcome(long runId, String address, boolean accepted, String reason, Instant at) {

  static DispatchOutcome accepted(long runId, String address, Instant at) {
    return new DispatchOutcome(runId, address, true, null, at);
  }

  static DispatchOutcome failed(long runId, String address, String reason, Instant at) {
    return new DispatchOutcome(runId, address, false, reason, at);
  }
}
