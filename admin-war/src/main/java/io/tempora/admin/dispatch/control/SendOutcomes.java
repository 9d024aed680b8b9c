package io.tempora.admin.dispatch.control;

import io.tempora.protocol.FailureText;
import io.tempora.protocol.Reply;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;

/**
 * Reads what an executor's answer means for a run. Only a failure to connect proves the run was not
 * delivered; a request that timed out after it was sent may have reached the executor, so it is
 * unconfirmed, not failed. An executor that says it already has the run ("repeat trigger job") has it.
 */
final class SendOutcomes {

  static final String REPEAT = "repeat trigger job";

  private final Duration lateAfter;

  SendOutcomes(Duration lateAfter) {
    this.lateAfter = lateAfter;
  }

  DispatchOutcome of(Sending sending, String address, int code, String msg, Throwable failure) {
    long runId = sending.order().runId();
    Instant at = sending.firedAt();
    if (failure != null) {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
        return DispatchOutcome.failed(runId, address, "executor " + address + " unreachable: " + FailureText.of(cause), at);
      }
      return DispatchOutcome.unconfirmed(runId, address, "executor " + address + " did not confirm the run ("
          + FailureText.of(cause) + "); it counts as dispatched until its result or the executor's run status says otherwise", at);
    }
    if (code == Reply.SUCCESS) {
      return DispatchOutcome.accepted(runId, address, lateNote(sending), at);
    }
    if (msg != null && msg.startsWith(REPEAT)) {
      return DispatchOutcome.accepted(runId, address, "the executor already had this run (sent before by a node that died)", at);
    }
    return DispatchOutcome.failed(runId, address, "executor " + address + " refused the run: " + msg, at);
  }

  /** Fired later than the misfire threshold: said on the run, so that late is visible. */
  private String lateNote(Sending sending) {
    Duration late = Duration.between(sending.order().dueAt(), sending.firedAt());
    return late.compareTo(lateAfter) > 0 ? "fired " + late.toMillis() + " ms after its due time" : null;
  }
}
