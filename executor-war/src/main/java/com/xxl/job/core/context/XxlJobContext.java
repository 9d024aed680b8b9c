package com.xxl.job.core.context;

import io.tempora.handler.RunContext;

/**
 * The run an XXL-JOB-style glue serves, and the result it reports. XXL-JOB's API is static, so the
 * context is held per thread: the executor sets it on the run's worker thread for the duration of
 * {@code execute()}. Threads the glue starts itself see no context (the helper's getters then answer
 * -1 or null and {@code log} returns false).
 */
public final class XxlJobContext {

  public static final int HANDLE_CODE_SUCCESS = 200;
  public static final int HANDLE_CODE_FAIL = 500;
  public static final int HANDLE_CODE_TIMEOUT = 502;

  private static final ThreadLocal<XxlJobContext> CURRENT = new ThreadLocal<>();

  private final RunContext run;
  private int handleCode = HANDLE_CODE_SUCCESS;
  private String handleMsg;

  public XxlJobContext(RunContext run) {
    this.run = run;
  }

  public static void setXxlJobContext(XxlJobContext context) {
    if (context == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(context);
    }
  }

  public static XxlJobContext getXxlJobContext() {
    return CURRENT.get();
  }

  public long getJobId() {
    return run.jobId();
  }

  public String getJobParam() {
    return run.params();
  }

  /** Tempora keeps short runs' logs in a day store rather than a file per run: there is no file name. */
  public String getJobLogFileName() {
    return null;
  }

  public int getShardIndex() {
    return run.shardIndex();
  }

  public int getShardTotal() {
    return run.shardTotal();
  }

  public int getHandleCode() {
    return handleCode;
  }

  public void setHandleCode(int handleCode) {
    this.handleCode = handleCode;
  }

  public String getHandleMsg() {
    return handleMsg;
  }

  public void setHandleMsg(String handleMsg) {
    this.handleMsg = handleMsg;
  }

  void log(String line) {
    run.log().log(line);
  }
}
