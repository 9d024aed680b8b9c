package com.xxl.job.core.log;

import com.xxl.job.core.context.XxlJobHelper;

/** XXL-JOB 2.x's run log, as older glue calls it; the same as {@code XxlJobHelper.log}. */
public final class XxlJobLogger {

  private XxlJobLogger() {}

  public static void log(String appendLogPattern, Object... appendLogArguments) {
    XxlJobHelper.log(appendLogPattern, appendLogArguments);
  }

  public static void log(Throwable e) {
    XxlJobHelper.log(e);
  }
}
