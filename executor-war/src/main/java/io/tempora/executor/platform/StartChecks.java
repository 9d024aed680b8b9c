package io.tempora.executor.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs before any other start-up work: an invalid setting or a missing token throws here, which fails
 * the deployment, so no executor ever listens without its token. A failed deployment alone would leave
 * Payara Micro running and answering errors on every path, which a service manager or an orchestrator
 * takes for a live executor; so the process ends too, unless the WAR shares its server with others.
 */
@ApplicationScoped
public class StartChecks {

  @Inject ExecutorConfig config;
  @Inject AccessGuard guard;

  @Inject
  @ConfigProperty(name = "tempora.executor.exit-on-failed-start", defaultValue = "true")
  boolean exitOnFailedStart;

  void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object event) {
    try {
      config.validate();
      guard.load();
    } catch (ExecutorException e) {
      if (exitOnFailedStart) {
        FailedStart.endProcess(e);
      }
      throw e;
    }
  }
}
