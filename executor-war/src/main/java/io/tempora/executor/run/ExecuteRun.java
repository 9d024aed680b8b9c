package io.tempora.executor.run;

import io.tempora.protocol.FailureText;
import io.tempora.executor.glue.TimeoutReported;
import io.tempora.executor.handler.PluginHandler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunLog;
import io.tempora.protocol.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Function;

/**
 * Runs one run's handler on the calling thread, writing to the run's log (which ends with the run,
 * not here). A handler's exception is a failed run, its stack trace goes to the run's log so it can be
 * read from the console.
 */
public final class ExecuteRun {

  private final Function<Run, RunLog> openLog;

  public ExecuteRun(Function<Run, RunLog> openLog) {
    this.openLog = openLog;
  }

  public Outcome apply(Run run, PluginHandler handler) {
    RunLog log = openLog.apply(run);
    log.log("----------- run " + run.logId() + " of job " + run.jobId() + " started; handler: " + handler.name());
    log.log("----------- params: " + run.params());
    try {
      HandlerResult result = handler.handle(new HandlerRunContext(run, log));
      if (result == null || result.succeeded()) {
        return Outcome.succeeded(result == null ? null : result.message());
      }
      return Outcome.failed(result.message());
    } catch (TimeoutReported e) {
      return new Outcome(Reply.TIMEOUT, e.getMessage());
    } catch (InterruptedException e) {
      // a kill or timeout ended the run already; this outcome only counts if nothing did
      return Outcome.failed("interrupted");
    } catch (Exception | LinkageError e) {
      log.log("handler threw:\n" + stackTraceOf(e));
      return Outcome.failed(FailureText.of(e));
    }
  }

  private static String stackTraceOf(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString().stripTrailing();
  }
}
