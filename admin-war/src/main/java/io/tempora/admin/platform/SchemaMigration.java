package io.tempora.admin.platform;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

/**
 * Runs the Flyway migrations while Hibernate builds its session factory, before Hibernate validates
 * the schema: the container starts the persistence unit before any application code could run.
 */
public class SchemaMigration implements IntegratorProvider {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Override
  public List<Integrator> getIntegrators() {
    return List.of(new MigratingIntegrator());
  }

  static void migrate(DataSource dataSource) {
    var result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
  }

  private static final class MigratingIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor factory) {
      migrate(factory.getServiceRegistry().requireService(ConnectionProvider.class).unwrap(DataSource.class));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor factory, org.hibernate.service.spi.SessionFactoryServiceRegistry registry) {}
  }
}
