package com.xxl.job.core.context;

import java.io.PrintWriter;
import java.io.StringWriter;

/** XXL-JOB's static glue API (2.3 and later) over the current run's {@link XxlJobContext}. */
public final class XxlJobHelper {

  private XxlJobHelper() {}

  public static long getJobId() {
    XxlJobContext context = XxlJobContext.getXxlJobContext();
    return context == null ? -1 : context.getJobId();
  }

  public static String getJobParam() {
    XxlJobContext context = XxlJobContext.getXxlJobContext();
    return context == null ? null : context.getJobParam();
  }

  public static String getJobLogFileName() {
    XxlJobContext context = XxlJobContext.getXxlJobContext();
    return context == null ? null : context.getJobLogFileName();
  }

  public static int getShardIndex() {
    XxlJobContext context = XxlJobContext.getXxlJobContext();
    return context == null ? -1 : context.getShardIndex();
  }

  public static int getShardTotal() {
    XxlJobContext context = XxlJobContext.getXxlJobContext();
    return context == null ? -1 : context.getShardTotal();
  }

  /** Appends a line to the run's log; each {@code {}} in the pattern takes the next argument. */
  public static boolean log(String appendLogPattern, Object... appendLogArguments) {
    return append(Placeholders.fill(appendLogPattern, appendLogArguments));
  }

  /** Appends the throwable's stack trace to the run's log. */
  public static boolean log(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return append(trace.toString().stripTrailing());
  }

  public static boolean handleSuccess() {
    return handleResult(XxlJobContext.HANDLE_CODE_SUCCESS, null);
  }

  public static boolean handleSuccess(String handleMsg) {
    return handleResult(XxlJobContext.HANDLE_CODE_SUCCESS, handleMsg);
  }

  public static boolean handleFail() {
    return handleResult(XxlJobContext.HANDLE_CODE_FAIL, null);
  }

  public static boolean handleFail(String handleMsg) {
    return handleResult(XxlJobContext.HANDLE_CODE_FAIL, handleMsg);
  }

  public static boolean handleTimeout() {
    return handleResult(XxlJobContext.HANDLE_CODE_TIMEOUT, null);
  }

  public static boolean handleTimeout(String handleMsg) {
    return handleResult(XxlJobContext.HANDLE_CODE_TIMEOUT, handleMsg);
  }

  /** The run's result: 200 success, 502 timeout, anything else a failure. */
  public static boolean handleResult(int handleCode, String handleMsg) {
    XxlJobContext context = XxlJobContext.getXxlJobContext();
    if (context == null) {
      return false;
    }
    context.setHandleCode(handleCode);
    if (handleMsg != null) {
      context.setHandleMsg(handleMsg);
    }
    return true;
  }

  private static boolean append(String line) {
    XxlJobContext context = XxlJobContext.getXxlJobContext();
    if (context == null) {
      return false;
    }
    context.log(line);
    return true;
  }
}
