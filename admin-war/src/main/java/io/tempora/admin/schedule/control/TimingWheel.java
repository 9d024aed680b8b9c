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
    orders.forEach(this::dispatchWhenDue);
  }

  /**
   * The scheduler's timer and the wall clock drift apart by a millisecond now and then; a run woken
   * early waits out the rest instead of firing before its due time.
   */
  private void dispatchWhenDue(DispatchOrder order) {
    long micros = Duration.between(clock.instant(), order.dueAt()).toNanos() / 1000;
    if (micros <= 0) {
      dispatch.dispatch(order);
    } else {
      scheduler.schedule(() -> dispatchWhenDue(order), micros, TimeUnit.MICROSECONDS);
    }
  }
}
