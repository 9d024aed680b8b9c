package io.tempora.admin.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A data source that reads {@code tempora.db.url}, {@code tempora.db.user} and {@code
 * tempora.db.password} from MicroProfile Config and picks the JDBC driver from the URL, so one
 * declaration serves H2 and MariaDB. Payara pools the connections it hands out. It reads the
 * configuration itself because Payara resolves {@code @DataSourceDefinition} attributes before the
 * application's own config file is visible.
 */
public class JdbcUrlDataSource implements DataSource {

  static final String H2_FILE = "admin/tempora";

  private int loginTimeout;
  private volatile Settings settings;

  @Override
  public Connection getConnection() throws SQLException {
    Settings current = settings();
    return connect(current, current.user(), current.password());
  }

  @Override
  public Connection getConnection(String username, String secret) throws SQLException {
    Settings current = settings();
    return connect(current, username == null ? current.user() : username, secret == null ? current.password() : secret);
  }

  private static Connection connect(Settings settings, String user, String password) throws SQLException {
    Properties credentials = new Properties();
    if (user != null) {
      credentials.setProperty("user", user);
    }
    credentials.setProperty("password", password == null ? "" : password);
    Connection connection = settings.driver().connect(settings.url(), credentials);
    if (connection == null) {
      throw new SQLException("the JDBC driver refused the URL " + settings.url());
    }
    return connection;
  }

  private Settings settings() throws SQLException {
    Settings current = settings;
    if (current == null) {
      current = Settings.read(ConfigProvider.getConfig(JdbcUrlDataSource.class.getClassLoader()));
      settings = current;
    }
    return current;
  }

  private record Settings(String url, String user, String password, Driver driver) {

    static Settings read(Config config) throws SQLException {
      String url = config.getOptionalValue("tempora.db.url", String.class).filter(u -> !u.isBlank())
          .orElseGet(() -> defaultH2(config));
      String user = config.getOptionalValue("tempora.db.user", String.class).orElse(url.startsWith("jdbc:h2:") ? "tempora" : null);
      String password = config.getOptionalValue("tempora.db.password", String.class).orElse("");
      return new Settings(url, user, password, driverFor(url));
    }

    private static String defaultH2(Config config) {
      Path dataDir = Path.of(config.getOptionalValue("tempora.data-dir", String.class).orElse("./tempora-data"));
      Path file = dataDir.toAbsolutePath().normalize().resolve(H2_FILE);
      try {
        OwnerOnly.folder(file.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the database folder " + file.getParent(), e);
      }
      return "jdbc:h2:file:" + file;
    }

    private static Driver driverFor(String url) throws SQLException {
      for (Driver candidate : ServiceLoader.load(Driver.class, JdbcUrlDataSource.class.getClassLoader())) {
        if (candidate.acceptsURL(url)) {
          return candidate;
        }
      }
      throw new SQLException("no JDBC driver for " + url + " (Tempora ships the H2 and MariaDB drivers)");
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
