package io.tempora.admin.demo;

import io.tempora.admin.platform.AdminConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

@Startup
@Singleton
@DependsOn("SecretsBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStartup {

  @Inject AdminConfig config;
  @Inject DemoSeed seed;

  @PostConstruct
  void seedDemo() {
    if (config.demo()) {
      seed.seedIfEmpty();
    }
  }
}
