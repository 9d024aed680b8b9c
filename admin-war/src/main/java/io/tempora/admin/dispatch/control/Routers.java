package io.tempora.admin.dispatch.control;

import io.tempora.admin.job.entity.RouteStrategy;
import jakarta.enterprise.context.ApplicationScoped;

/** One router per strategy for the life of the application (ROUND keeps its turns). */
@ApplicationScoped
public class Routers {

  private final Router first = new FirstRouter();
  private final Router last = new LastRouter();
  private final Router round = new RoundRouter();
  private final Router random = new RandomRouter();

  public Router of(RouteStrategy strategy) {
    return switch (strategy) {
      case FIRST -> first;
      case LAST -> last;
      case ROUND -> round;
      case RANDOM -> random;
    };
  }
}
