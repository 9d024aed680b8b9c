package io.tempora.admin.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * The admin's one data source. {@link JdbcUrlDataSource} reads the URL and credentials from
 * MicroProfile Config, so one setting ({@code TEMPORA_DB_URL}) switches from the embedded H2 file to
 * MariaDB without a rebuild. READ COMMITTED: under MariaDB's default REPEATABLE READ, the gap locks of
 * one node's claim scan deadlock with another node's claim moving next_fire_at through that gap.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/tempora",
    className = "io.tempora.admin.platform.JdbcUrlDataSource",
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    minPoolSize = 2,
    maxPoolSize = 32)
@ApplicationScoped
public class Database {}
