package io.tempora.admin.run.control;

import io.tempora.admin.dispatch.control.DispatchOrder;
import io.tempora.admin.dispatch.control.DispatchRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A run on demand: stored first, dispatched once the store is committed. */
@ApplicationScoped
public class TriggerJob {

  @Inject StoreManualRun store;
  @Inject DispatchRun dispatch;

  /** Returns the new run's id; its outcome is visible through the run. */
  public long trigger(long jobId, String paramsOverride) {
    DispatchOrder order = store.store(jobId, paramsOverride);
    dispatch.dispatch(order);
    return order.runId();
  }
}
