package io.radiant.registry.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.radiant.registry.RegistryApplication;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import io.radiant.registry.support.TestDatabases;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sync benchmark (bench/README.md, "Sync pipeline"). Not part of {@code mvn test} (its name is not a test
 * name); run it with {@code bench/run.sh}. Writes its figures as Markdown to target/bench/sync-results.md.
 *
 * <ol>
 *   <li>21 stand-in providers (WireMock, every kind, one page each) answering after 300 ms: full sync wall
 *       time with the configured concurrency, then — same run, same database — with concurrency 1
 *       (the spec's provider-after-provider sync).</li>
 *   <li>One provider listing 10,000 models: sync time and the SQL statements the service executed,
 *       compared with a provider listing 100 models.</li>
 * </ol>
 */
class SyncBenchmark {

    private static final int PROVIDERS = 21;
    private static final int DELAY_MS = 300;
    private static final int RUNS = 5;

    private final StringBuilder report = new StringBuilder();
    /** The benchmark's own queries go through this, not through the service's (counted) DataSource. */
    private static JdbcTemplate observer;

    @Test
    void run() throws Exception {
        TestDatabases.Database db = TestDatabases.fresh("bench");
        observer = observer(db);
        WireMockServer stubs = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(64)
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(64));
        stubs.start();
        try {
            report.append("Machine: ").append(machine()).append("  \nDate: ").append(LocalDate.now()).append("\n\n");
            parallelVersusSequential(db, stubs);
            tenThousandModels(db, stubs);
        } finally {
            stubs.stop();
        }
        Path out = Path.of("target", "bench", "sync-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println("\n" + report);
    }

    private void parallelVersusSequential(TestDatabases.Database db, WireMockServer stubs) {
        String[] kinds = {"openai-compatible", "anthropic", "google", "cohere"};
        IntFunction<String> body = i -> switch (kinds[i % kinds.length]) {
            case "anthropic" -> "{\"data\":[{\"id\":\"m-" + i + "-a\",\"display_name\":\"M\"}],\"has_more\":false}";
            case "google" -> "{\"models\":[{\"name\":\"models/m-" + i + "-a\",\"displayName\":\"M\"}]}";
            case "cohere" -> "{\"models\":[{\"name\":\"m-" + i + "-a\",\"endpoints\":[\"chat\"]}]}";
            default -> "{\"object\":\"list\",\"data\":[{\"id\":\"m-" + i + "-a\"},{\"id\":\"m-" + i + "-b\"}]}";
        };
        for (int i = 0; i < PROVIDERS; i++) {
            stubs.stubFor(get(urlPathEqualTo("/b" + i + "/v1/models")).willReturn(okJson(body.apply(i)).withFixedDelay(DELAY_MS)));
        }
        report.append("## Full sync, ").append(PROVIDERS).append(" providers answering after ").append(DELAY_MS)
                .append(" ms\n\n| concurrency | wall time per sync, median (min–max) of ").append(RUNS)
                .append(" | server duration_ms, median |\n|---|---|---|\n");
        boolean first = true;
        for (int concurrency : new int[] {24, 1}) {
            try (ConfigurableApplicationContext app = start(db, concurrency, null)) {
                JdbcTemplate jdbc = observer;
                if (first) {
                    jdbc.update("UPDATE providers SET enabled = false");
                    for (int i = 0; i < PROVIDERS; i++) {
                        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                                + "VALUES (?, ?, ?, ?, 'BENCH_KEY')", "b" + i, "b" + i,
                                "http://localhost:" + stubs.port() + "/b" + i + "/v1", kinds[i % kinds.length]);
                    }
                    first = false;
                }
                fullSync(app); // warm-up: endpoints, connections, JIT
                List<Long> wall = new ArrayList<>();
                List<Long> server = new ArrayList<>();
                for (int r = 0; r < RUNS; r++) {
                    long started = System.nanoTime();
                    String syncId = fullSync(app);
                    wall.add((System.nanoTime() - started) / 1_000_000);
                    server.add(jdbc.queryForObject("SELECT duration_ms FROM registry_sync_log WHERE id = ?::uuid",
                            Long.class, syncId));
                }
                report.append("| ").append(concurrency).append(" | ").append(summary(wall)).append(" ms | ")
                        .append(median(server)).append(" ms |\n");
            }
        }
        report.append("\nTarget for the parallel sync: ≤ 1.5 × ").append(DELAY_MS).append(" + 300 = ")
                .append(DELAY_MS * 3 / 2 + 300).append(" ms. Wall time = trigger until the log row is completed ")
                .append("(polled every 10 ms).\n\n");
    }

    private void tenThousandModels(TestDatabases.Database db, WireMockServer stubs) {
        StatementCounter counter = new StatementCounter();
        try (ConfigurableApplicationContext app = start(db, 24, counter)) {
            JdbcTemplate jdbc = observer;
            jdbc.update("UPDATE providers SET enabled = false");
            jdbc.update("DELETE FROM model_review_queue");
            jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                    + "VALUES ('bulk', 'bulk', ?, 'openai-compatible', 'BENCH_KEY')", "http://localhost:" + stubs.port() + "/bulk/v1");

            report.append("## One provider listing many models\n\n| scenario | sync duration_ms | SQL statements run by the sync |\n|---|---|---|\n");
            stubs.stubFor(get(urlPathEqualTo("/bulk/v1/models")).willReturn(okJson(list(100, ""))));
            measure(app, counter, "100 models, all new (warm-up size)");
            jdbc.update("DELETE FROM model_review_queue");

            stubs.stubFor(get(urlPathEqualTo("/bulk/v1/models")).willReturn(okJson(list(10_000, ""))));
            measure(app, counter, "10,000 models, all new → 10,000 review rows + events");
            measure(app, counter, "10,000 models again, all already pending review");
            // the reviewer approved them all: 10,000 catalog models
            jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category) "
                    + "SELECT provider_id, model_id, model_id, model_id, model_id, 'llm' FROM model_review_queue "
                    + "WHERE provider_id = 'bulk'");
            jdbc.update("DELETE FROM model_review_queue");
            stubs.stubFor(get(urlPathEqualTo("/bulk/v1/models")).willReturn(okJson(list(10_000, " v2"))));
            measure(app, counter, "10,000 catalog models, every display name changed");
            report.append("\nStatements counted through a wrapped DataSource during the sync, Quartz's own excluded: ")
                    .append("claim, enabled providers, one diff statement for the provider, completion.\n");
            report.append("Last run's statements: ").append(summarise(counter.executed())).append("\n");
        }
    }

    private void measure(ConfigurableApplicationContext app, StatementCounter counter, String scenario) {
        JdbcTemplate jdbc = observer;
        counter.reset();
        String syncId = fullSync(app);
        int statements = counter.executed().size();
        long duration = jdbc.queryForObject("SELECT duration_ms FROM registry_sync_log WHERE id = ?::uuid", Long.class, syncId);
        report.append("| ").append(scenario).append(" | ").append(duration).append(" ms | ").append(statements).append(" |\n");
    }

    private static String list(int n, String suffix) {
        StringBuilder sb = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":\"bulk-model-").append(i).append("\",\"display_name\":\"Bulk model ").append(i)
                    .append(suffix).append("\",\"context_length\":8192}");
        }
        return sb.append("]}").toString();
    }

    private static String fullSync(ConfigurableApplicationContext app) {
        ProducerTemplate producer = app.getBean(ProducerTemplate.class);
        JdbcTemplate jdbc = observer;
        Map<?, ?> answer = SyncRuns.request(producer, Map.of("syncType", "full", "syncTrigger", "api"));
        String syncId = (String) answer.get("syncId");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10)).until(() -> !"running".equals(
                jdbc.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId)));
        Map<String, Object> row = jdbc.queryForMap("SELECT status, providers_updated, array_to_string(errors, '; ') AS errors "
                + "FROM registry_sync_log WHERE id = ?::uuid", syncId);
        if (!"completed".equals(row.get("status")) || !"".equals(row.get("errors"))) {
            throw new IllegalStateException("benchmark sync did not complete cleanly: " + row);
        }
        return syncId;
    }

    /** Queries of the benchmark itself, on a DataSource of its own so that the service's statement count stays its own. */
    static JdbcTemplate observer(TestDatabases.Database db) {
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setUrl(db.jdbcUrl());
        plain.setUser(db.user());
        if (db.password() != null) {
            plain.setPassword(db.password());
        }
        return new JdbcTemplate(plain);
    }

    static ConfigurableApplicationContext start(TestDatabases.Database db, int concurrency, StatementCounter counter) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("spring.config.location", "classpath:/"); // as RegistryIntegrationTest.CLASSPATH_CONFIGURATION_ONLY
        props.put("database.url", db.jdbcUrl());
        props.put("database.user", db.user());
        props.put("database.password", db.password() == null ? "" : db.password());
        props.put("server.port", "0");
        props.put("registry.discovery.concurrency", String.valueOf(concurrency));
        props.put("registry.discovery.read-timeout-ms", "20000");
        props.put("registry.database.pool-size", "24");
        props.put("BENCH_KEY", "bench-key-123456");
        props.put("logging.level.root", "WARN");
        List<String> args = new ArrayList<>();
        props.forEach((k, v) -> args.add("--" + k + "=" + v));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(RegistryApplication.class).profiles(RegistryIntegrationTest.TEST_PROFILE);
        if (counter != null) {
            builder.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(counter));
        }
        return builder.run(args.toArray(String[]::new));
    }

    private static String summarise(List<String> statements) {
        List<String> firstLines = new ArrayList<>();
        for (String sql : statements) {
            String line = sql.lines().filter(l -> !l.isBlank() && !l.trim().startsWith("--")).findFirst().orElse(sql).trim();
            firstLines.add("`" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "`");
        }
        return String.join(", ", firstLines);
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return median(values) + " (" + sorted.get(0) + "–" + sorted.get(sorted.size() - 1) + ")";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return host + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB, JVM " + ManagementFactory.getRuntimeMXBean().getVmName()
                + "; PostgreSQL on 127.0.0.1 (or embedded), WireMock in the same JVM";
    }
}
