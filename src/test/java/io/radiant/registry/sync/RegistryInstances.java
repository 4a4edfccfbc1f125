package io.radiant.registry.sync;

import static org.awaitility.Awaitility.await;

import io.radiant.registry.RegistryApplication;
import io.radiant.registry.support.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole instances of the service, each a JVM of its own started and stopped (SIGTERM) by a test as an operator
 * would, on one database that outlives them, so that their Quartz triggers stay in the job store between starts
 * as in production. Separate processes, not Spring contexts in the test JVM: Quartz keeps its schedulers and
 * their connection pools in JVM-wide registries keyed by the scheduler name, which two instances of one cluster
 * share — in one JVM, stopping one instance would close the other's job store connections.
 */
final class RegistryInstances implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final TestDatabases.Database database;
    private final JdbcTemplate jdbc;
    private final Path logs;
    private final List<Instance> started = new ArrayList<>();

    private RegistryInstances(TestDatabases.Database database, JdbcTemplate jdbc, Path logs) {
        this.database = database;
        this.jdbc = jdbc;
        this.logs = logs;
    }

    /** A migrated database of its own whose providers are all disabled: a health sync then calls nobody. */
    static RegistryInstances onFreshDatabase(String hint) {
        TestDatabases.Database db = TestDatabases.fresh(hint);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.jdbcUrl());
        dataSource.setUser(db.user());
        if (db.password() != null) {
            dataSource.setPassword(db.password());
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE providers SET enabled = false");
        try {
            Path logs = Files.createDirectories(Path.of("target", "instances", db.name()));
            return new RegistryInstances(db, jdbc, logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /**
     * Starts an instance with the test profile, then {@code settings} (they win), and waits until it has
     * started. Quartz and camel-quartz log at levels that show any failed job, so a test can assert there is none.
     */
    Instance start(String instanceId, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>();
        // the test profile from the classpath only, as every test context reads it (RegistryIntegrationTest)
        all.put("spring.config.location", "classpath:/");
        all.put("spring.profiles.active", "test");
        all.put("database.url", database.jdbcUrl());
        all.put("database.user", database.user());
        all.put("database.password", database.password() == null ? "" : database.password());
        all.put("server.port", "0");
        all.put("registry.instance-id", instanceId);
        all.put("logging.level.org.apache.camel.component.quartz.CamelJob", "WARN");
        all.put("logging.level.org.quartz.core.JobRunShell", "INFO");
        all.putAll(settings);

        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                RegistryApplication.class.getName()));
        // one argument per key: Spring joins repeated command-line arguments into a list
        all.forEach((k, v) -> command.add("--" + k + "=" + v));
        Path log = logs.resolve(instanceId + "-" + (started.size() + 1) + ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Instance instance = new Instance(instanceId, process, log);
            started.add(instance);
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(instanceId + " ended while starting; its log: " + log.toAbsolutePath());
                }
                return instance.log().contains("Started RegistryApplication");
            });
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The logs of every instance started so far, in the order they were started. */
    String allLogs() {
        StringBuilder all = new StringBuilder();
        started.forEach(instance -> all.append(instance.log()));
        return all.toString();
    }

    @Override
    public void close() {
        started.forEach(Instance::close);
    }

    /** One running instance; {@link #close()} stops it as a container runtime would (SIGTERM, then wait). */
    static final class Instance implements AutoCloseable {

        private final String id;
        private final Process process;
        private final Path log;

        private Instance(String id, Process process, Path log) {
            this.id = id;
            this.process = process;
            this.log = log;
        }

        String log() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new IllegalStateException(id + " did not stop within 90 s of SIGTERM");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
