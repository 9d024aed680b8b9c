package io.tempora.admin.schedule.control;

import io.tempora.admin.dispatch.control.DispatchOrder;
import io.tempora.admin.dispatch.control.DispatchRun;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Holds stored runs in memory until they are due, then dispatches them. Losing this memory loses no
 * fire: the runs are stored, and the sweeper of a live node dispatches them when their lease ends.
 */
@ApplicationScoped
public class TimingWheel {

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject DispatchRun dispatch;
  @Inject Clock clock;

  public void hold(List<DispatchOrder> orders) {
    for (DispatchOrder order : orders) {
      long delay = Duration.between(clock.instant(), order.dueAt()).toMillis();
      if (delay <= 0) {
        dispatch.dispatch(order);
      } else {
        scheduler.schedule(() -> dispatch.dispatch(order), delay, TimeUnit.MILLISECONDS);
      }
    }
  }
}
