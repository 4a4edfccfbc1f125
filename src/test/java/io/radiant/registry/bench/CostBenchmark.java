package io.radiant.registry.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.radiant.registry.api.ApiException;
import io.radiant.registry.selection.CostQuotes;
import io.radiant.registry.selection.ModelSelector;
import io.radiant.registry.selection.RegistrySnapshot;
import io.radiant.registry.selection.RegistrySnapshotLoader;
import io.radiant.registry.selection.SelectionCriteriaParser;
import io.radiant.registry.selection.SelectionData;
import io.radiant.registry.selection.SelectionEngine;
import io.radiant.registry.selection.SelectionMetrics;
import io.radiant.registry.support.MigratedDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CPU per answer of the cost endpoint next to selection's, in one run, from the request body to the answer
 * object (JSON reading included, HTTP and JSON writing not): thread CPU time, so other processes on a busy
 * machine do not inflate it. Selection is measured over the criteria mix of bench/select-load without and with
 * expected tokens (and a cost cap, so every walked model is estimated): the estimate must not cost selection more
 * than 10% of its throughput. Not part of {@code mvn test} (not a test name); run with {@code bench/cost.sh}.
 */
class CostBenchmark {

    @RegisterExtension
    static MigratedDatabase db = new MigratedDatabase();

    private static final String[] SELECT = {
        "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3%s}",
        "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":5,\"preferProvider\":[\"anthropic\"]%s}",
        "{\"task\":\"chat\",\"inputModality\":[\"text\",\"image\"],\"outputModality\":[\"text\"],\"tenantTier\":4,\"requiredCapabilities\":[\"vision\"],\"minContextWindow\":100000%s}",
        "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3,\"requiredCapabilities\":[\"function_calling\"],\"requireHIPAA\":true%s}",
        "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":4,\"maxLatencyMs\":2000%s}",
    };
    // a cap most models meet, so the walk estimates every model it passes and stops at the usual place
    private static final String EXPECTED = ",\"expectedInputTokens\":3000,\"expectedOutputTokens\":500,\"maxCostPerRequest\":5";
    private static final String NOMINAL = ",\"maxCostPerRequest\":5";

    @Test
    void costAndSelectionCpuPerAnswer() throws Exception {
        // price components as the feeds give them: a cache read at a tenth of input, a 200k tier for a third
        db.jdbc().execute("UPDATE models SET cache_read_cost_per_1k = input_cost_per_1k / 10, "
                + "cache_write_cost_per_1k = input_cost_per_1k * 1.25 WHERE pricing_type = 'per_token' AND input_cost_per_1k IS NOT NULL");
        db.jdbc().execute("UPDATE models SET price_tiers = jsonb_build_array(jsonb_build_object('aboveInputTokens', 200000, "
                + "'input', input_cost_per_1k * 2, 'output', output_cost_per_1k * 1.5, 'cacheRead', input_cost_per_1k / 5)) "
                + "WHERE pricing_type = 'per_token' AND input_cost_per_1k IS NOT NULL AND abs(hashtext(model_id)) % 3 = 0");
        RegistrySnapshot snapshot;
        try (Connection c = db.connection()) {
            snapshot = new RegistrySnapshotLoader().load(c);
        }
        RegistrySnapshot loaded = snapshot;
        SelectionData data = new SelectionData() {
            @Override
            public RegistrySnapshot snapshot() {
                return loaded;
            }
        };
        SelectionEngine engine = new SelectionEngine(data, new ModelSelector(new SelectionMetrics(new SimpleMeterRegistry())),
                Clock.systemUTC(), 10, 100);
        SelectionCriteriaParser parser = new SelectionCriteriaParser();
        CostQuotes quotes = new CostQuotes(data);
        List<String> nominal = bodies(NOMINAL);
        List<String> expected = bodies(EXPECTED);
        List<String> costs = new ArrayList<>();
        snapshot.all().stream().filter(m -> m.isExternal() && m.prices() != null && "per_token".equals(m.prices().pricingType())
                        && m.prices().input() != null && m.prices().output() != null)
                .limit(40).forEach(m -> {
                    costs.add(String.format("{\"providerId\":\"%s\",\"modelId\":\"%s\",\"inputTokens\":3000,\"outputTokens\":500}",
                            m.providerId(), m.modelId()));
                    costs.add(String.format("{\"providerId\":\"%s\",\"modelId\":\"%s\",\"inputTokens\":300000,\"outputTokens\":2000,"
                            + "\"cachedInputTokens\":%d}", m.providerId(), m.modelId(),
                            m.prices().components().cacheRead() == null ? 0 : 100_000));
                });

        Map<String, IntConsumer> cases = new java.util.LinkedHashMap<>();
        cases.put("select, no expected tokens (cap on the nominal request)",
                i -> answer(() -> engine.select(parser.parse(nominal.get(i % nominal.size()), "application/json"))));
        cases.put("select, expected tokens 3000/500 and a cap",
                i -> answer(() -> engine.select(parser.parse(expected.get(i % expected.size()), "application/json"))));
        cases.put("cost endpoint (" + costs.size() + " requests over " + costs.size() / 2 + " models)",
                i -> answer(() -> quotes.quote(costs.get(i % costs.size()), "application/json")));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder("| answer | CPU µs per answer (p50 of 15 rounds) | answers per CPU-second |\n"
                + "|---|---|---|\n");
        for (int warm = 0; warm < 3; warm++) {
            for (IntConsumer c : cases.values()) {
                for (int i = 0; i < 50_000; i++) {
                    c.accept(i);
                }
            }
        }
        // rounds interleaved, so a noisy neighbour's burst falls on every case alike
        Map<String, long[]> rounds = new java.util.LinkedHashMap<>();
        cases.keySet().forEach(k -> rounds.put(k, new long[15]));
        int perRound = 20_000;
        for (int r = 0; r < 15; r++) {
            for (Map.Entry<String, IntConsumer> c : cases.entrySet()) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    c.getValue().accept(i);
                }
                rounds.get(c.getKey())[r] = (threads.getCurrentThreadCpuTime() - cpu) / perRound;
            }
        }
        rounds.forEach((name, times) -> {
            java.util.Arrays.sort(times);
            long p50 = times[times.length / 2];
            out.append(String.format("| %s | %.2f | %,.0f |%n", name, p50 / 1e3, 1e9 / p50));
        });
        System.out.println(out);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/cost.md"), out.toString());
    }

    private static List<String> bodies(String extra) {
        List<String> out = new ArrayList<>();
        for (String s : SELECT) {
            out.add(String.format(s, extra));
        }
        return out;
    }

    private static void answer(Runnable r) {
        try {
            r.run();
        } catch (ApiException e) {
            // a 404 or 400 is an answer too
        }
    }
}
