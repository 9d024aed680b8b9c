package io.tempora.executor.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Says plainly when an admin refuses this executor's access token, and what to change: otherwise the
 * only sign is a registration that "failed". Once a minute per admin at most.
 */
@ApplicationScoped
public class TokenRefusals {

  /** What Tempora and XXL-JOB admins answer to a wrong or missing token. */
  static final String TOKEN_REFUSED = "The access token is wrong.";
  static final Duration QUIET = Duration.ofMinutes(1);
  private static final Logger LOG = Logger.getLogger(TokenRefusals.class.getName());

  @Inject Clock clock;
  @Inject ExecutorConfig config;
  @Inject AccessGuard guard;

  private final Map<URI, Instant> lastLogged = new ConcurrentHashMap<>();

  void refusedBy(URI admin, String path) {
    Instant now = clock.instant();
    Instant last = lastLogged.get(admin);
    if (last != null && now.isBefore(last.plus(QUIET))) {
      return;
    }
    lastLogged.put(admin, now);
    String sent = guard.token().isEmpty() ? "no token (tempora.executor.insecure=true)"
        : config.accessToken().isPresent() ? "the token set in tempora.access-token"
        : "the token read from " + config.accessTokenFile();
    LOG.severe(() -> "admin " + admin + " refused /api/" + path + ": it does not accept the access token this"
        + " executor sends (" + sent + "). Give this executor the admin's token (the admin's tempora.access-token,"
        + " or the contents of its <data-dir>/secrets/access-token); until then it gets no runs and its results"
        + " stay in the spool");
  }
}
