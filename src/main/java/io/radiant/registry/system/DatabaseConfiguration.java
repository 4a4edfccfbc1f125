package io.radiant.registry.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: the PostgreSQL named by {@code DATABASE_URL}, or, when it is unset,
 * an embedded PostgreSQL whose data directory survives restarts. Either way the connection is
 * tried at start, so a wrong URL fails in one plain sentence rather than at the first request.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(DatabaseProperties database, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("registry-db");
        config.setMaximumPoolSize(database.poolSize());
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(1);
        String source;
        String where;
        if (database.embedded()) {
            embedded.start();
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(EmbeddedDatabase.USER);
            source = "embedded PostgreSQL, data in " + embedded.dataDirectory() + ", listening on 127.0.0.1:"
                    + embedded.port() + " (DATABASE_URL is unset)";
            where = "the embedded PostgreSQL at 127.0.0.1:" + embedded.port();
        } else {
            DatabaseUrl target;
            try {
                target = DatabaseUrl.parse(database.url(), database.user(), database.password());
            } catch (IllegalArgumentException e) {
                throw new DatabaseUnavailableException(
                        "DATABASE_URL is not a PostgreSQL URL: " + e.getMessage() + ".",
                        "Set DATABASE_URL to jdbc:postgresql://HOST:PORT/DATABASE (user and password in "
                                + "DATABASE_USER and DATABASE_PASSWORD), or unset it to use the embedded database.",
                        e);
            }
            config.setJdbcUrl(target.jdbcUrl());
            config.setUsername(target.user());
            config.setPassword(target.password());
            source = "PostgreSQL at " + target.describe() + " (from DATABASE_URL)";
            where = "PostgreSQL at " + target.host() + ":" + target.port() + " (database " + target.database() + ")";
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseUnavailableException(
                    "Cannot connect to " + where + ": " + rootMessage(e) + ".",
                    "Check that the server is running and reachable, and that DATABASE_URL, DATABASE_USER and "
                            + "DATABASE_PASSWORD are right; unset DATABASE_URL to use the embedded database.",
                    e);
        }
        LOG.info("Database: {}", source);
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(DatabaseProperties database) {
        return new EmbeddedDatabase(Path.of(database.embeddedDataDir()), database.embeddedPort());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The embedded PostgreSQL, started only when no DATABASE_URL is given. */
    public static final class EmbeddedDatabase implements AutoCloseable {

        static final String USER = "postgres";

        private final Path dataDirectory;
        private final int requestedPort;
        private EmbeddedPostgres postgres;

        EmbeddedDatabase(Path dataDirectory, int requestedPort) {
            this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
            this.requestedPort = requestedPort;
        }

        synchronized void start() {
            if (postgres != null) {
                return;
            }
            try {
                Files.createDirectories(dataDirectory);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false);
                if (requestedPort > 0) {
                    builder.setPort(requestedPort);
                }
                postgres = builder.start();
            } catch (IOException | RuntimeException e) {
                throw new DatabaseUnavailableException(
                        "The embedded PostgreSQL could not start in " + dataDirectory + ": " + rootMessage(e) + ".",
                        "Check that the directory is writable and not used by another running instance "
                                + "(set registry.database.embedded-data-dir to use another one), or set DATABASE_URL "
                                + "to use an existing PostgreSQL server.",
                        e);
            }
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl(USER, "postgres");
        }

        int port() {
            return postgres.getPort();
        }

        Path dataDirectory() {
            return dataDirectory;
        }

        @Override
        public synchronized void close() throws IOException {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        }
    }
}
