package io.tempora.admin.platform;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Hibernate's H2 dialect drops SKIP LOCKED although H2 2.3 supports it; without it a second admin
 * node would block on the rows the first one claimed. Other databases keep Hibernate's choice.
 */
public class SkipLockedDialectResolver implements DialectResolver {

  @Override
  public Dialect resolveDialect(DialectResolutionInfo info) {
    return "H2".equals(info.getDatabaseName()) ? new SkipLockedH2Dialect(info) : null;
  }

  static class SkipLockedH2Dialect extends H2Dialect {

    SkipLockedH2Dialect(DialectResolutionInfo info) {
      super(info);
    }

    @Override
    public boolean supportsSkipLocked() {
      return true;
    }
  }
}
