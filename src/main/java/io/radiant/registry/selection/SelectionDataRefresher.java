package io.radiant.registry.selection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps {@link SelectionData} true to the database (docs/api.md "Freshness"). One connection of its own
 * (outside the pool, which it would otherwise hold forever) LISTENs on {@code registry_selection}, which the
 * V30 triggers notify at the commit of any change to a table selection reads. On a notification — and,
 * as a safety net, every {@code fullReloadInterval} — the whole catalog is reloaded and swapped in.
 *
 * <p>When the connection breaks, the last snapshot stays in use (selection keeps answering, its answers'
 * {@code registryAsOf} says how old they are) and the thread reconnects every {@code reconnectDelay};
 * after reconnecting it LISTENs first and reloads second, so no change committed meanwhile is missed.
 *
 * <p>The first load happens in {@link #start()}, before the web server and the routes start: an instance
 * never answers without data, and a database it cannot read fails the start.
 */
public class SelectionDataRefresher implements SmartLifecycle {

    static final String CHANNEL = "registry_selection";
    private static final Logger LOG = LoggerFactory.getLogger(SelectionDataRefresher.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** A reload of a large catalog takes well under this; a hung socket must not stall freshness forever. */
    private static final int SOCKET_TIMEOUT_SECONDS = 60;
    private static final int MAX_WAIT_MILLIS = 1_000;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final SelectionData data;
    private final RegistrySnapshotLoader loader;
    private final SelectionProperties properties;
    private final Clock clock;

    private volatile boolean running;
    private Thread thread;
    private Connection connection;
    private Instant lastReload = Instant.EPOCH;

    public SelectionDataRefresher(String jdbcUrl, String user, String password, SelectionData data,
                                  RegistrySnapshotLoader loader, SelectionProperties properties, Clock clock) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.data = data;
        this.loader = loader;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        try {
            connectAndReload();
        } catch (SQLException e) {
            closeQuietly();
            throw new IllegalStateException("Selection cannot load the registry from the database (" + e.getMessage()
                    + "); check DATABASE_URL and that the migrations ran.", e);
        }
        LOG.info("Selection data loaded: {} models as of {}", data.snapshot().size(), data.snapshot().asOfText());
        running = true;
        thread = new Thread(this::run, "selection-refresher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before Camel and the web server (both at the top phases): no request is served without data. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1_000;
    }

    private void run() {
        while (running) {
            try {
                if (connection == null) {
                    connectAndReload();
                    LOG.info("Selection: database reachable again, {} models reloaded as of {}",
                            data.snapshot().size(), data.snapshot().asOfText());
                }
                if (awaitChange()) {
                    throttle();
                    reload();
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (data.isDatabaseUp()) {
                    LOG.warn("Selection: database unreachable ({}: {}); answering from the data of {} until it is back",
                            e.getClass().getSimpleName(), e.getMessage(), data.snapshot().asOfText());
                }
                data.databaseFailed(clock.instant(), e);
                closeQuietly();
                sleep(properties.reconnectDelay());
            }
        }
    }

    /** True when a notification arrived or the safety reload is due; waits at most a second. */
    private boolean awaitChange() throws SQLException {
        long dueInMillis = Duration.between(clock.instant(), lastReload.plus(properties.fullReloadInterval())).toMillis();
        if (dueInMillis <= 0) {
            return true;
        }
        PGNotification[] notifications = connection.unwrap(PGConnection.class)
                .getNotifications((int) Math.min(Math.max(dueInMillis, 1), MAX_WAIT_MILLIS));
        return notifications != null && notifications.length > 0;
    }

    /** A burst of commits (a sync writing provider after provider) costs one reload per minReloadInterval. */
    private void throttle() throws SQLException {
        long waitMillis = Duration.between(clock.instant(), lastReload.plus(properties.minReloadInterval())).toMillis();
        if (waitMillis > 0) {
            sleep(Duration.ofMillis(waitMillis));
        }
        // notifications that arrived meanwhile are covered by the reload that follows
        connection.unwrap(PGConnection.class).getNotifications();
    }

    private void connectAndReload() throws SQLException {
        Properties props = new Properties();
        if (user != null && !user.isEmpty()) {
            props.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "registry-selection-listener");
        connection = DriverManager.getConnection(jdbcUrl, props);
        try (Statement st = connection.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        reload();
    }

    private void reload() throws SQLException {
        Instant started = clock.instant();
        data.install(loader.load(connection));
        lastReload = started;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }
}
