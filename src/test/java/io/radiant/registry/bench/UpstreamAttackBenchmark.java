package io.radiant.registry.bench;

import static org.awaitility.Awaitility.await;

import io.radiant.registry.support.HostileUpstream;
import io.radiant.registry.support.SyncRuns;
import io.radiant.registry.support.TestDatabases;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one hostile upstream costs the service (bench/upstream-attacks.sh; not part of {@code mvn test}). The
 * whole service runs in this JVM with the production limits of registry.upstream.read.* (the script may shorten
 * the call deadline with -Dbench.call-deadline), against {@link HostileUpstream} on loopback. For each scenario —
 * an ordinary sync first, then each attack — it measures the time from trigger to the sync's end, the peak heap
 * (sum of the heap pools' peak usage, reset before each scenario) and the peak resident memory of this process
 * (VmHWM, reset before each scenario through /proc/self/clear_refs; and VmRSS sampled every 20 ms). Writes
 * Markdown to target/bench/upstream-attacks.md.
 *
 * <p>Adding an attack is one {@link Scenario}: a name, the sync it hits, and the answer the upstream serves (any
 * crafted body: {@code HostileUpstream.json(...)} for a huge exponent, a huge array, a mass discovery …).
 */
class UpstreamAttackBenchmark {

    /** One measured sync: the upstream at {@code path} answers {@code answer}. */
    record Scenario(String name, String syncType, HostileUpstream.Answer answer) { }

    private static final String LIST_PATH = "/bench-attack/v1/models";
    private static final String FEED_PATH = "/bench-feed/prices.json";

    private JdbcTemplate observer;
    private final StringBuilder report = new StringBuilder();

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("ordinary full sync (100-model list)", "full", HostileUpstream.json(modelList(100))),
                new Scenario("gzip bomb list: ~1 MB on the wire, 1 GB inflated", "full",
                        HostileUpstream.gzipBomb("{\"data\":[", 1L << 30)),
                new Scenario("endless chunked list, as fast as it is read", "full", HostileUpstream.endlessChunkedList(0)),
                new Scenario("slow drip list: one byte every 2 s", "full",
                        HostileUpstream.slowDrip(modelList(100), 2000)),
                new Scenario("huge list body: 1 GB, Content-Length declared", "full",
                        HostileUpstream.hugeBody("{\"data\":[", 1L << 30)),
                new Scenario("ordinary pricing sync (small LiteLLM feed)", "pricing", HostileUpstream.json(
                        "{\"gpt-4o\":{\"input_cost_per_token\":2.5e-06,\"output_cost_per_token\":1e-05,"
                                + "\"litellm_provider\":\"openai\",\"mode\":\"chat\"}}")),
                new Scenario("gzip bomb feed: 1 GB inflated", "pricing", HostileUpstream.gzipBomb("{\"gpt-4o\":{", 1L << 30)),
                new Scenario("feed prices 1e-30000000 / 1e30000000 in 1,000 entries", "pricing",
                        HostileUpstream.json(hugeExponentFeed(1000))),
                new Scenario("list entry with a 300,000-word modality list", "full",
                        HostileUpstream.json("{\"data\":[{\"id\":\"bench-attack-array\",\"architecture\":"
                                + "{\"input_modalities\":" + words(300_000) + "}}]}")),
                new Scenario("mass discovery: 50,000 new ids", "full", HostileUpstream.json(modelList(50_000))));
    }

    @Test
    void run() throws Exception {
        TestDatabases.Database db = TestDatabases.fresh("attackbench");
        observer = SyncBenchmark.observer(db);
        HostileUpstream upstream = HostileUpstream.start();
        String callDeadline = System.getProperty("bench.call-deadline", "30s");
        System.setProperty("registry.pricing.feed-url", upstream.url(FEED_PATH));
        System.setProperty("registry.upstream.read.call-deadline", callDeadline);
        try (ConfigurableApplicationContext app = SyncBenchmark.start(db, 24, null)) {
            observer.update("UPDATE providers SET enabled = false");
            observer.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env, enabled) "
                    + "VALUES ('bench-attack', 'attack bench', ?, 'openai-compatible', 'BENCH_KEY', true)",
                    upstream.url("/bench-attack/v1"));
            report.append("Machine: `").append(machine()).append("`  \nDate: ").append(Instant.now()).append("  \n")
                    .append("Limits: `registry.upstream.read.max-body-bytes` 32MB (default), `call-deadline` ")
                    .append(callDeadline).append(", `full-sync-deadline` 90s, `pricing-sync-deadline` 60s  \n")
                    .append("Heap: max ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB\n\n")
                    .append("| scenario | sync | ended | time to end, ms | peak heap, MB | peak RSS (VmHWM), MB | max sampled RSS, MB | error line |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            // warm-up: routes, connections, JIT
            upstream.on(LIST_PATH, HostileUpstream.json(modelList(100)));
            upstream.on(FEED_PATH, HostileUpstream.json("{}"));
            sync(app, "full");
            sync(app, "pricing");
            for (Scenario s : scenarios()) {
                upstream.on(s.syncType().equals("full") ? LIST_PATH : FEED_PATH, s.answer());
                measure(app, s);
                upstream.on(LIST_PATH, HostileUpstream.json(modelList(100)));
                upstream.on(FEED_PATH, HostileUpstream.json("{}"));
            }
        } finally {
            System.clearProperty("registry.pricing.feed-url");
            System.clearProperty("registry.upstream.read.call-deadline");
            upstream.close();
        }
        Path out = Path.of("target", "bench", "upstream-attacks.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println("\n" + report);
    }

    private void measure(ConfigurableApplicationContext app, Scenario s) throws Exception {
        System.gc();
        Thread.sleep(200);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        boolean hwmReset = resetHighWaterMark();
        AtomicLong maxRss = new AtomicLong(statusKb("VmRSS"));
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxRss.accumulateAndGet(statusKb("VmRSS"), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        String syncId = sync(app, s.syncType());
        long ms = (System.nanoTime() - started) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        Map<String, Object> row = observer.queryForMap("SELECT status, array_to_string(errors, ' | ') AS errors, "
                + "error_message FROM registry_sync_log WHERE id = ?::uuid", syncId);
        String error = row.get("errors") == null || ((String) row.get("errors")).isEmpty()
                ? String.valueOf(row.get("error_message") == null ? "" : row.get("error_message"))
                : (String) row.get("errors");
        report.append("| ").append(s.name()).append(" | ").append(s.syncType()).append(" | ").append(row.get("status"))
                .append(" | ").append(ms).append(" | ").append(heapPeak >> 20).append(" | ")
                .append(hwmReset ? String.valueOf(statusKb("VmHWM") >> 10) : "n/a").append(" | ")
                .append(maxRss.get() >> 10).append(" | ").append(error.length() > 140 ? error.substring(0, 140) + "…" : error)
                .append(" |\n");
    }

    private String sync(ConfigurableApplicationContext app, String type) {
        Map<?, ?> answer = SyncRuns.request(app.getBean(ProducerTemplate.class), Map.of("syncType", type, "syncTrigger", "api"));
        String syncId = (String) answer.get("syncId");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10)).until(() -> !"running".equals(
                observer.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId)));
        return syncId;
    }

    /** Linux resets VmHWM to the current RSS when 5 is written to clear_refs. */
    private static boolean resetHighWaterMark() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return 0;
    }

    static String hugeExponentFeed(int entries) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            items.add("\"bench-exp-" + i + "\":{\"input_cost_per_token\":1e-30000000,"
                    + "\"output_cost_per_token\":1e30000000,\"litellm_provider\":\"openai\",\"mode\":\"chat\"}");
        }
        return "{" + String.join(",", items) + "}";
    }

    static String words(int count) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ",").append("\"w").append(i).append('"');
        }
        return out.append(']').toString();
    }

    static String modelList(int models) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < models; i++) {
            items.add("{\"id\":\"bench-attack-model-" + i + "\",\"object\":\"model\",\"owned_by\":\"bench\"}");
        }
        return "{\"object\":\"list\",\"data\":[" + String.join(",", items) + "]}";
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("os.arch") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version");
    }
}
