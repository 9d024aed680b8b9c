package io.tempora.admin.security.boundary;

import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.platform.FailedStart;
import io.tempora.admin.platform.SecretFiles;
import io.tempora.admin.security.control.AccessToken;
import io.tempora.admin.security.control.ApiTokens;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Generates the admin API token and the executor access token on first start; an empty one stops the admin. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecretsBootstrap {

  @Inject ApiTokens apiTokens;
  @Inject AccessToken accessToken;
  @Inject AdminConfig config;

  @PostConstruct
  void generateMissingSecrets() {
    try {
      accessToken.ensure();
      apiTokens.ensureAdminToken();
    } catch (SecretFiles.BlankSecret e) {
      FailedStart.endProcess(e, config.exitOnFailedStart());
      throw e;
    }
  }
}
