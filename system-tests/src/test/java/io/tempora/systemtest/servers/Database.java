package io.tempora.systemtest.servers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/** The database the admin runs on in this pass, chosen by {@code -Dtempora.st.db=h2|mariadb}. */
enum Database {
  /** The admin's default: an embedded H2 file in the data directory. */
  H2 {
    @Override
    void recreate() {}

    @Override
    List<String> adminProperties() {
      return List.of();
    }
  },

  /** A schema of its own on the local MariaDB, dropped and created for every run so runs don't leak. */
  MARIADB {
    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    // -Dtempora.st.mariadb-schema lets two checkouts run this pass side by side
    private static final String SCHEMA = System.getProperty("tempora.st.mariadb-schema", "tempora_st");

    @Override
    void recreate() {
      try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
        statement.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      } catch (SQLException e) {
        throw new IllegalStateException(
            "MariaDB at " + SERVER + " (root, empty password) is needed for this pass; "
                + "skip it with -Dtempora.st.skip-mariadb=true",
            e);
      }
    }

    @Override
    List<String> adminProperties() {
      return List.of(
          "-Dtempora.db.url=" + SERVER + SCHEMA, "-Dtempora.db.user=root", "-Dtempora.db.password=");
    }
  };

  abstract void recreate();

  abstract List<String> adminProperties();

  static Database selected() {
    return valueOf(System.getProperty("tempora.st.db", "h2").toUpperCase(Locale.ROOT));
  }
}
