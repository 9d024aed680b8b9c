package io.tempora.admin.security.boundary;

import io.tempora.admin.security.control.AccessToken;
import io.tempora.admin.security.control.ApiTokens;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Generates the admin API token and the executor access token on first start. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecretsBootstrap {

  @Inject ApiTokens apiTokens;
  @Inject AccessToken accessToken;

  @PostConstruct
  void generateMissingSecrets() {
    accessToken.ensure();
    apiTokens.ensureAdminToken();
  }
}
