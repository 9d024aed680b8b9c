package io.tempora.admin.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The admin's one data source. {@link JdbcUrlDataSource} reads the URL and credentials from
 * MicroProfile Config, so one setting ({@code TEMPORA_DB_URL}) switches from the embedded H2 file to
 * MariaDB without a rebuild.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/tempora",
    className = "io.tempora.admin.platform.JdbcUrlDataSource",
    minPoolSize = 2,
    maxPoolSize = 32)
@ApplicationScoped
public class Database {}
