package io.tempora.admin.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Says in the log that executor calls are refused for their token, and what to change. At most one
 * line a minute, so a caller hammering without a token cannot flood the log.
 */
@ApplicationScoped
public class TokenRefusals {

  static final Duration QUIET = Duration.ofMinutes(1);
  private static final Logger LOG = Logger.getLogger(TokenRefusals.class.getName());

  @Inject Clock clock;
  @Inject AccessToken accessToken;

  private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.EPOCH);
  private final AtomicLong unlogged = new AtomicLong();

  public void refused(String path, String from, boolean tokenMissing) {
    Instant now = clock.instant();
    Instant last = lastLogged.get();
    if (now.isBefore(last.plus(QUIET)) || !lastLogged.compareAndSet(last, now)) {
      unlogged.incrementAndGet();
      return;
    }
    long more = unlogged.getAndSet(0);
    LOG.warning(() -> "refused /api/" + path + " from " + from + ": "
        + (tokenMissing ? "no XXL-JOB-ACCESS-TOKEN header" : "its XXL-JOB-ACCESS-TOKEN differs from this admin's")
        + (more > 0 ? " (and " + more + " more refusals in the last minute)" : "")
        + ". If this is one of your executors, give it this admin's token: " + accessToken.source()
        + "; executors that cannot register are not sent runs, and their results are not recorded");
  }
}
