package io.tempora.admin.dispatch.control;

import java.time.Instant;

/**
 * What became of sending one run: taken by {@code address}; refused or unreachable (the run fails with
 * {@code reason}); or sent without an answer in time (UNCONFIRMED: the executor may well have it, so
 * the run counts as dispatched until its result or its executor says otherwise).
 */
public record DispatchOutcome(long runId, String address, Kind kind, String reason, Instant at) {

  public enum Kind { ACCEPTED, UNCONFIRMED, FAILED }

  static DispatchOutcome accepted(long runId, String address, String note, Instant at) {
    return new DispatchOutcome(runId, address, Kind.ACCEPTED, note, at);
  }

  static DispatchOutcome unconfirmed(long runId, String address, String reason, Instant at) {
    return new DispatchOutcome(runId, address, Kind.UNCONFIRMED, reason, at);
  }

  static DispatchOutcome failed(long runId, String address, String reason, Instant at) {
    return new DispatchOutcome(runId, address, Kind.FAILED, reason, at);
  }
}
