package io.tempora.executor.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** Holds the token every protocol call is checked against, loaded once at start. */
@ApplicationScoped
public class AccessGuard {

  @Inject ExecutorConfig config;
  @Inject Clock clock;

  private volatile AccessToken token;

  void load() {
    token =
        new AccessTokenSource(clock, config.tokenWait())
            .resolve(config.accessToken(), config.accessTokenFile(), config.insecure());
  }

  public boolean admits(String presented) {
    AccessToken current = token;
    return current != null && current.admits(presented);
  }

  /** The token to present to the admins, if any. */
  public Optional<String> token() {
    return token == null ? Optional.empty() : token.value();
  }
}
