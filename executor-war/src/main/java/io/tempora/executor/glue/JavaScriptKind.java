package io.tempora.executor.glue;

import io.tempora.executor.handler.PluginHandler;
import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import io.tempora.protocol.TriggerRequest;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * {@code GLUE_JS}: JavaScript on GraalJS, a fresh context per run on one shared engine, without host
 * access, IO, threads or processes. The script sees {@code tempora} ({@code params}, {@code shardIndex},
 * {@code shardTotal}, {@code runId}, {@code jobId}, {@code log(message)}); {@code console.log} goes to
 * the run log too. A thrown error or a completion value of {@code false} fails the run, a string
 * completion value is the success message. Guest code does not notice thread interrupts, so a watch
 * interrupts the context once a kill or timeout has interrupted the worker's thread; the worker then
 * closes the context itself (closing it from the watch as well deadlocked the shared engine).
 *
 * <p>GraalJS Community has no heap limit per context, so the same watch bounds what a run may
 * allocate: the bytes its thread allocated since the run began (a JVM counter, garbage included). A
 * script over {@code allocationLimitBytes} is stopped and its run fails saying so, long before a script
 * that keeps everything it allocates could fill the executor's heap.
 */
record JavaScriptKind(JavaScriptEngine engine, ScheduledExecutorService watches, long allocationLimitBytes) implements HandlerKind {

  private static final Logger LOG = Logger.getLogger(JavaScriptKind.class.getName());

  static final long WATCH_MILLIS = 50;
  static final Duration INTERRUPT_WAIT = Duration.ofSeconds(2);

  @Override
  public PluginHandler handlerFor(TriggerRequest trigger) {
    String name = HandlerKind.versionedName(trigger);
    Source source = Source.create("js", HandlerKind.sourceOf(trigger));
    return new PluginHandler(new Handler() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public HandlerResult handle(RunContext context) throws Exception {
        return run(source, context);
      }
    });
  }

  HandlerResult run(Source source, RunContext run) throws InterruptedException {
    try (LogLines console = new LogLines(run.log()); Context js = sandbox(console)) {
      js.getBindings("js").putMember("tempora", binding(run));
      Watch watch = new Watch(Thread.currentThread(), js, run.runId(), allocationLimitBytes);
      ScheduledFuture<?> ticks = watches.scheduleWithFixedDelay(watch::tick, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
      try {
        return resultOf(js.eval(source));
      } catch (PolyglotException e) {
        if (watch.overBudget()) {
          String reason = "the script allocated more than " + (allocationLimitBytes >> 20)
              + " MiB (tempora.executor.js-allocation-limit-mib) and was stopped";
          run.log().log(reason);
          return HandlerResult.failure(reason);
        }
        if (e.isCancelled() || e.isInterrupted()) {
          throw new InterruptedException("script stopped");
        }
        if (e.isInternalError()) {
          throw e;
        }
        run.log().log("script threw " + e.getMessage() + (e.getSourceLocation() == null ? "" : " at " + e.getSourceLocation()));
        return HandlerResult.failure(e.getMessage());
      } finally {
        ticks.cancel(false);
        watch.finished();
      }
    }
  }

  /**
   * Interrupts the context once its runner is interrupted or has allocated past its budget; never
   * after the run has left it.
   */
  private static final class Watch {

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Thread runner;
    private final Context js;
    private final long runId;
    private final long allocatedBefore;
    private final long budget;
    private boolean finished;
    private boolean overBudget;

    Watch(Thread runner, Context js, long runId, long budget) {
      this.runner = runner;
      this.js = js;
      this.runId = runId;
      this.budget = budget;
      this.allocatedBefore = allocated();
    }

    private long allocated() {
      return budget > 0 ? THREADS.getThreadAllocatedBytes(runner.getId()) : -1;
    }

    synchronized void tick() {
      if (finished) {
        return;
      }
      if (budget > 0 && !overBudget && allocatedBefore >= 0 && allocated() - allocatedBefore > budget) {
        overBudget = true;
      } else if (!runner.isInterrupted() && !overBudget) {
        return;
      }
      try {
        js.interrupt(INTERRUPT_WAIT);
      } catch (TimeoutException | RuntimeException e) {
        LOG.log(Level.WARNING, "cannot interrupt the JavaScript of run " + runId + "; trying again", e);
      }
    }

    synchronized void finished() {
      finished = true;
    }

    synchronized boolean overBudget() {
      return overBudget;
    }
  }

  private Context sandbox(LogLines console) {
    return Context.newBuilder("js")
        .engine(engine.get())
        .allowHostAccess(HostAccess.NONE)
        .allowHostClassLookup(className -> false)
        .allowIO(IOAccess.NONE)
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowNativeAccess(false)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .out(console)
        .err(console)
        .build();
  }

  private static ProxyObject binding(RunContext run) {
    Map<String, Object> members = new HashMap<>();
    members.put("params", run.params());
    members.put("shardIndex", run.shardIndex());
    members.put("shardTotal", run.shardTotal());
    members.put("runId", run.runId());
    members.put("jobId", run.jobId());
    members.put("log", (ProxyExecutable) arguments -> {
      run.log().log(arguments.length == 0 ? "" : text(arguments[0]));
      return null;
    });
    return ProxyObject.fromMap(members);
  }

  private static String text(Value value) {
    return value.isString() ? value.asString() : value.toString();
  }

  private static HandlerResult resultOf(Value completion) {
    if (completion.isBoolean() && !completion.asBoolean()) {
      return HandlerResult.failure("script returned false");
    }
    return HandlerResult.success(completion.isString() ? completion.asString() : null);
  }
}
