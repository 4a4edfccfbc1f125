package io.radiant.registry.support;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JUnit extension for tests of the schema itself, without Spring: a fresh database for the
 * test class, migrated by the project's Flyway migrations. Register it as a static field with
 * {@code @RegisterExtension}.
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {

    private TestDatabases.Database database;
    private PGSimpleDataSource dataSource;
    private Flyway flyway;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestDatabases.fresh(context.getRequiredTestClass().getSimpleName());
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(database.user());
        if (database.password() != null) {
            dataSource.setPassword(database.password());
        }
        flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        flyway.migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // the database is dropped when the JVM exits (TestDatabases)
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    public Flyway flyway() {
        return flyway;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
