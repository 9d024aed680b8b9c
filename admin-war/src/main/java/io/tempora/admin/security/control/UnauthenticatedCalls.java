package io.tempora.admin.security.control;

import io.tempora.protocol.RefusedCallers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-address limit on calls refused for missing or wrong credentials (API tokens and the
 * executors' access token alike): {@code tempora.admin.refused-calls-per-minute} per caller address,
 * then "too many" until the address's minute is over. The address is the TCP peer's; headers such as
 * X-Forwarded-For are not trusted.
 */
@ApplicationScoped
public class UnauthenticatedCalls {

  private final RefusedCallers callers;

  @Inject
  public UnauthenticatedCalls(
      @ConfigProperty(name = "tempora.admin.refused-calls-per-minute", defaultValue = "600") int perMinute) {
    this.callers = new RefusedCallers(perMinute, Duration.ofMinutes(1));
  }

  /** For CDI's proxy only. */
  protected UnauthenticatedCalls() {
    this.callers = null;
  }

  /** Counts a refused call; how long its address must wait when it was one too many. */
  public Optional<Duration> refuse(String address) {
    return callers.refuse(address == null ? "?" : address);
  }
}
