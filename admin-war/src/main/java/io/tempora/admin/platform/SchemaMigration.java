package io.tempora.admin.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
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
            // shared SQL; db/vendor/{h2,mariadb} only where the two databases cannot share a statement
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendorOf(dataSource))
            .load()
            .migrate();
    LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
  }

  private static String vendorOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("h2") ? "h2" : "mariadb";
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database to migrate it", e);
    }
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
