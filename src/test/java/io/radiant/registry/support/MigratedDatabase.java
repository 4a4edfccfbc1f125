package io.radiant.registry.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JUnit extension for tests of the schema and its SQL, without Spring: a database of the test class's own at
 * the schema of this build. Register it as a static field with {@code @RegisterExtension}.
 * <p>
 * By default the database is a copy of the template that {@link TestDatabases#migrated} brought up to date once
 * per JVM; {@link #runningTheMigrations()} gives an empty database that the project's migrations bring up to
 * date themselves, for the tests of the migrations. Connections come from a small pool: a test that issues a
 * few thousand statements would otherwise open (and authenticate) a connection for each of them.
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final int POOL_SIZE = 6;

    private final boolean runsMigrations;
    private HikariDataSource dataSource;
    private Flyway flyway;

    public MigratedDatabase() {
        this(false);
    }

    private MigratedDatabase(boolean runsMigrations) {
        this.runsMigrations = runsMigrations;
    }

    /** An empty database migrated by the project's migrations in {@code beforeAll}, not a copy of the template. */
    public static MigratedDatabase runningTheMigrations() {
        return new MigratedDatabase(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String hint = context.getRequiredTestClass().getSimpleName();
        TestDatabases.Database database = runsMigrations ? TestDatabases.fresh(hint) : TestDatabases.migrated(hint);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        if (database.password() != null) {
            config.setPassword(database.password());
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setPoolName("migrated-" + hint);
        dataSource = new HikariDataSource(config);
        flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        if (runsMigrations) {
            flyway.migrate();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // the database itself is dropped when the JVM exits (TestDatabases); its connections go now
        if (dataSource != null) {
            dataSource.close();
        }
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
