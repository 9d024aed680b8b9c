package com.xxl.job.core.handler;

import com.xxl.job.core.biz.model.ReturnT;
import com.xxl.job.core.context.XxlJobHelper;

/**
 * What XXL-JOB glue extends. Glue written for XXL-JOB 2.3 and later overrides {@link #execute()} and
 * reports through {@code XxlJobHelper}; glue for 2.0–2.2 overrides {@link #execute(String)} and returns
 * a {@link ReturnT}. Either works: neither method is abstract, and the first calls the second.
 */
public abstract class IJobHandler {

  public static final ReturnT<String> SUCCESS = new ReturnT<>(ReturnT.SUCCESS_CODE, null);
  public static final ReturnT<String> FAIL = new ReturnT<>(ReturnT.FAIL_CODE, null);
  public static final ReturnT<String> FAIL_TIMEOUT = new ReturnT<>(502, null);

  public void execute() throws Exception {
    ReturnT<String> result = execute(XxlJobHelper.getJobParam());
    if (result != null) {
      XxlJobHelper.handleResult(result.getCode(), result.getMsg());
    }
  }

  public ReturnT<String> execute(String param) throws Exception {
    throw new UnsupportedOperationException("the glue class " + getClass().getSimpleName()
        + " overrides neither execute() nor execute(String param)");
  }

  public void init() throws Exception {}

  public void destroy() throws Exception {}
}
