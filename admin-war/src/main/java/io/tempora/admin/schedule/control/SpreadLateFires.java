package io.tempora.admin.schedule.control;

import io.tempora.admin.run.control.RunPlanner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Hands late fires to dispatch once their transaction committed, spread from that moment: spread from
 * the start of the transaction, a slow commit would have let the first of them fall due together.
 * Outside the transaction dispatch takes the announcement at once.
 */
@ApplicationScoped
public class SpreadLateFires {

  @Inject RunPlanner planner;
  @Inject Clock clock;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LateFires late) {
    planner.announce(Spread.from(clock.instant(), late.fires()));
  }
}
