package io.tempora.admin.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each token was last used, noted in memory on every call and written every
 * {@link #FLUSH_EVERY}: a write per request would cost more than the request.
 */
@ApplicationScoped
public class TokenUse {

  static final Duration FLUSH_EVERY = Duration.ofSeconds(5);
  private static final Logger LOG = Logger.getLogger(TokenUse.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject StoreTokenUse store;

  private final Map<String, Instant> lastUsed = new ConcurrentHashMap<>();
  private ScheduledFuture<?> flushes;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    long millis = FLUSH_EVERY.toMillis();
    flushes = scheduler.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    if (flushes != null) {
      flushes.cancel(false);
    }
    flush();
  }

  void used(String tokenHash, Instant at) {
    lastUsed.merge(tokenHash, at, (before, now) -> now.isAfter(before) ? now : before);
  }

  private void flush() {
    Map<String, Instant> batch = new HashMap<>();
    for (String hash : lastUsed.keySet()) {
      batch.put(hash, lastUsed.remove(hash));
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      store.write(batch);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot record when API tokens were last used; tried again in " + FLUSH_EVERY, e);
      batch.forEach(this::used);
    }
  }
}
