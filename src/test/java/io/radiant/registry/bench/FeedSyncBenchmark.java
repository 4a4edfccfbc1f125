package io.radiant.registry.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.radiant.registry.support.SyncRuns;
import io.radiant.registry.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pricing sync over a large feed (bench/README.md, "Pricing feeds"). Not part of {@code mvn test}; run it with
 * {@code bench/feeds.sh}. A LiteLLM-shaped feed of 5,000 entries (several MB, every entry a catalog model)
 * against a baseline feed of 100 entries measured in the same run: sync time and the SQL statements the
 * service ran. Writes Markdown to target/bench/feed-results.md.
 */
class FeedSyncBenchmark {

    private static final int ENTRIES = 5_000;
    private static final int BASELINE = 100;
    private static final int RUNS = 5;

    private JdbcTemplate observer;
    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        TestDatabases.Database db = TestDatabases.fresh("feedbench");
        observer = SyncBenchmark.observer(db);
        WireMockServer feed = new WireMockServer(wireMockConfig().dynamicPort());
        feed.start();
        System.setProperty("registry.pricing.feed-url", "http://localhost:" + feed.port() + "/prices.json");
        StatementCounter counter = new StatementCounter();
        try (ConfigurableApplicationContext app = SyncBenchmark.start(db, 24, counter)) {
            // 5,000 per-token catalog models the feed describes: a fifth curated (never changed by a feed, only
            // proposed), the rest last set by the feed itself (corrected by it)
            observer.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env, enabled) "
                    + "VALUES ('fb', 'feed bench', 'http://localhost:1/v1', 'none', 'BENCH_KEY', false)");
            observer.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, "
                    + "pricing_type, input_cost_per_1k, output_cost_per_1k, context_window) "
                    + "SELECT 'fb', 'fb-model-' || i, 'fb/fb-model-' || i, 'm' || i, 'M ' || i, 'llm', 'per_token', "
                    + "0.001, 0.002, 128000 FROM generate_series(0, " + (ENTRIES - 1) + ") AS i");
            observer.update("INSERT INTO model_field_sources (provider_id, model_id, field, source, value) "
                    + "SELECT 'fb', 'fb-model-' || i, f, 'litellm', '0.001' FROM generate_series(0, " + (ENTRIES - 1)
                    + ") AS i, unnest(ARRAY['input_cost_per_1k', 'output_cost_per_1k', 'context_window']) AS f WHERE i % 5 <> 0");
            String small = costMap(BASELINE, 1);
            String large = costMap(ENTRIES, 1);
            String moved = costMap(ENTRIES, 2);
            report.append("Machine: `").append(machine()).append("`  \nDate: ").append(Instant.now()).append("  \n")
                    .append("Feed sizes: ").append(BASELINE).append(" entries = ").append(small.length() / 1024)
                    .append(" KB, ").append(ENTRIES).append(" entries = ")
                    .append(String.format(Locale.ROOT, "%.1f", large.length() / 1048576.0)).append(" MB\n\n")
                    .append("| scenario | sync duration_ms, median (min–max) of ").append(RUNS)
                    .append(" | wall ms, median | SQL statements per sync |\n|---|---|---|---|\n");

            serve(feed, small);
            sync(app); // warm-up: routes, connections, JIT
            long base = measure(app, counter, "baseline: " + BASELINE + " entries, unchanged after the first run");
            serve(feed, large);
            sync(app);
            long unchanged = measure(app, counter, ENTRIES + " entries, unchanged after the first run");
            serve(feed, moved);
            long changed = measureAlternating(app, counter, feed, large, moved,
                    ENTRIES + " entries, every price moved (4,000 applied with history + events, 1,000 proposed)");
            report.append("\nRatio to the baseline measured in this run: unchanged ")
                    .append(String.format(Locale.ROOT, "%.1f", (double) unchanged / base)).append("×, every price moved ")
                    .append(String.format(Locale.ROOT, "%.1f", (double) changed / base)).append("× for ")
                    .append(ENTRIES / BASELINE).append("× the entries. Target: ≤ 2000 ms for ").append(ENTRIES)
                    .append(" entries with a constant number of statements.\n");
            report.append("Statements of the last sync: ").append(first(counter.executed())).append("\n");
        } finally {
            System.clearProperty("registry.pricing.feed-url");
            feed.stop();
        }
        Path out = Path.of("target", "bench", "feed-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println("\n" + report);
    }

    private long measure(ConfigurableApplicationContext app, StatementCounter counter, String scenario) {
        return measure(app, counter, scenario, run -> { });
    }

    /** Every run moves every price (the feed alternates between two price sets), so each run has work to do. */
    private long measureAlternating(ConfigurableApplicationContext app, StatementCounter counter, WireMockServer feed,
                                    String a, String b, String scenario) {
        return measure(app, counter, scenario, run -> serve(feed, run % 2 == 0 ? b : a));
    }

    private long measure(ConfigurableApplicationContext app, StatementCounter counter, String scenario,
                         java.util.function.IntConsumer beforeRun) {
        List<Long> durations = new ArrayList<>();
        List<Long> walls = new ArrayList<>();
        int statements = 0;
        for (int r = 0; r < RUNS; r++) {
            beforeRun.accept(r);
            counter.reset();
            long started = System.nanoTime();
            String syncId = sync(app);
            walls.add((System.nanoTime() - started) / 1_000_000);
            statements = counter.executed().size();
            durations.add(observer.queryForObject("SELECT duration_ms FROM registry_sync_log WHERE id = ?::uuid",
                    Long.class, syncId));
        }
        return row(scenario, durations, walls, statements);
    }

    private long row(String scenario, List<Long> durations, List<Long> walls, int statements) {
        List<Long> sorted = durations.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        report.append("| ").append(scenario).append(" | ").append(median).append(" (").append(sorted.get(0)).append("–")
                .append(sorted.get(sorted.size() - 1)).append(") | ").append(walls.stream().sorted().toList().get(walls.size() / 2))
                .append(" | ").append(statements).append(" |\n");
        return median;
    }

    private static void serve(WireMockServer feed, String body) {
        feed.stubFor(get(urlPathEqualTo("/prices.json")).willReturn(okJson(body)));
    }

    /** A LiteLLM cost map whose entries look like the real ones (prices, limits, mode, flags, a deprecation date). */
    private static String costMap(int entries, int priceStep) {
        StringBuilder sb = new StringBuilder(entries * 700).append('{');
        for (int i = 0; i < entries; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("\"fb/fb-model-").append(i).append("\":{")
                    .append("\"input_cost_per_token\":").append(priceStep).append(".5e-06,")
                    .append("\"output_cost_per_token\":").append(priceStep).append(".0e-05,")
                    .append("\"cache_read_input_token_cost\":2.5e-07,\"cache_creation_input_token_cost\":3.75e-06,")
                    .append("\"litellm_provider\":\"fb\",\"max_input_tokens\":200000,\"max_output_tokens\":64000,")
                    .append("\"max_tokens\":64000,\"mode\":\"chat\",\"deprecation_date\":\"2027-0").append(1 + i % 9)
                    .append("-15\",\"search_context_cost_per_query\":{\"search_context_size_high\":0.01,")
                    .append("\"search_context_size_low\":0.01,\"search_context_size_medium\":0.01},")
                    .append("\"supported_endpoints\":[\"/v1/chat/completions\",\"/v1/responses\"],")
                    .append("\"supported_modalities\":[\"text\",\"image\"],\"supported_output_modalities\":[\"text\"],")
                    .append("\"supports_function_calling\":true,\"supports_vision\":true,\"supports_prompt_caching\":true,")
                    .append("\"supports_reasoning\":").append(i % 3 == 0).append(",\"supports_response_schema\":true,")
                    .append("\"supports_tool_choice\":true,\"supports_web_search\":false,\"supports_pdf_input\":true,")
                    .append("\"source\":\"https://example.invalid/pricing/fb-model-").append(i).append("\"}");
        }
        return sb.append('}').toString();
    }

    private String sync(ConfigurableApplicationContext app) {
        Map<?, ?> answer = SyncRuns.request(app.getBean(ProducerTemplate.class), Map.of("syncType", "pricing", "syncTrigger", "api"));
        String syncId = (String) answer.get("syncId");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10)).until(() -> !"running".equals(
                observer.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId)));
        String status = observer.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId);
        if (!"completed".equals(status)) {
            throw new IllegalStateException("benchmark pricing sync " + syncId + " ended " + status);
        }
        return syncId;
    }

    private static String first(List<String> statements) {
        List<String> lines = new ArrayList<>();
        for (String sql : statements) {
            String line = sql.lines().filter(l -> !l.isBlank() && !l.trim().startsWith("--")).findFirst().orElse(sql).trim();
            lines.add("`" + (line.length() > 50 ? line.substring(0, 50) + "…" : line) + "`");
        }
        return String.join(", ", lines);
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("os.arch") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version");
    }
}
