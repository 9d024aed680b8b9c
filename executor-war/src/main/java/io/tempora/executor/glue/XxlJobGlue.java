package io.tempora.executor.glue;

import com.xxl.job.core.context.XxlJobContext;
import com.xxl.job.core.handler.IJobHandler;
import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;

/**
 * Groovy glue written for XXL-JOB (a subclass of {@code IJobHandler}) as a Tempora handler: the run's
 * context is set for {@code XxlJobHelper} around {@code execute()}, and the result it reported becomes
 * the run's (200 success, 502 timeout, any other code a failure with its message). A thrown exception
 * fails the run, as on XXL-JOB.
 */
record XxlJobGlue(IJobHandler job) implements Handler {

  @Override
  public String name() {
    return job.getClass().getName();
  }

  @Override
  public void init() throws Exception {
    job.init();
  }

  @Override
  public void destroy() throws Exception {
    job.destroy();
  }

  @Override
  public HandlerResult handle(RunContext run) throws Exception {
    XxlJobContext context = new XxlJobContext(run);
    XxlJobContext.setXxlJobContext(context);
    try {
      job.execute();
    } finally {
      XxlJobContext.setXxlJobContext(null);
    }
    return switch (context.getHandleCode()) {
      case XxlJobContext.HANDLE_CODE_SUCCESS -> HandlerResult.success(context.getHandleMsg());
      case XxlJobContext.HANDLE_CODE_TIMEOUT -> throw new TimeoutReported(context.getHandleMsg());
      default -> HandlerResult.failure(context.getHandleMsg());
    };
  }
}
