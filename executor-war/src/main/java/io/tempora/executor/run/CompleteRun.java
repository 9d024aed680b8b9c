package io.tempora.executor.run;

import io.tempora.executor.log.RunLogs;
import io.tempora.protocol.CallbackResult;
import java.util.function.Consumer;

/**
 * What happens once a run has ended, whoever ended it: the end line in its log, the log marked
 * complete, the run id kept as recently seen, and the result queued for the admins — in that order,
 * so an admin that gets the result and reads the log sees the whole of it.
 */
final class CompleteRun {

  private final RunLogs logs;
  private final RunLedger ledger;
  private final Consumer<CallbackResult> report;

  CompleteRun(RunLogs logs, RunLedger ledger, Consumer<CallbackResult> report) {
    this.logs = logs;
    this.ledger = ledger;
    this.report = report;
  }

  void ended(Run run) {
    CallbackResult result = run.result();
    logs.ended(run.logId(), "----------- run ended; handleCode: " + result.handleCode() + ", handleMsg: " + result.handleMsg());
    ledger.ended(run.logId());
    report.accept(result);
  }
}
