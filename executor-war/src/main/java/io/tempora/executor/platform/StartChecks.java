package io.tempora.executor.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Runs before any other start-up work: an invalid setting or a missing token throws here, which fails
 * the deployment, so no executor ever listens without its token.
 */
@ApplicationScoped
public class StartChecks {

  @Inject ExecutorConfig config;
  @Inject AccessGuard guard;

  void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object event) {
    config.validate();
    guard.load();
  }
}
