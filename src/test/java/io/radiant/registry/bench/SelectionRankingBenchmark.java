package io.radiant.registry.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.radiant.registry.api.NotFoundException;
import io.radiant.registry.selection.ModelSelectionCriteria;
import io.radiant.registry.selection.ModelSelector;
import io.radiant.registry.selection.RegistrySnapshot;
import io.radiant.registry.selection.RegistrySnapshotLoader;
import io.radiant.registry.selection.SelectionData;
import io.radiant.registry.selection.SelectionEngine;
import io.radiant.registry.selection.SelectionMetrics;
import io.radiant.registry.support.MigratedDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the in-memory ranking itself costs, without HTTP (bench/README.md): the CPU time of this thread per
 * {@code SelectionEngine.select} (thread CPU time, so other processes on a busy machine do not inflate it),
 * for the criteria mix of bench/select-load, over the shipped catalog and with 10,000 synthetic models, and
 * the time to load a whole snapshot. Not part of {@code mvn test} (its name is not a test name); run with
 * {@code bench/select-ranking.sh}.
 */
class SelectionRankingBenchmark {

    @RegisterExtension
    static MigratedDatabase db = new MigratedDatabase();

    static final List<ModelSelectionCriteria> MIX = List.of(
            criteria("chat", List.of("text"), List.of("text"), 3, "any", List.of(), null, null, List.of(), null, false),
            criteria("chat", List.of("text"), List.of("text"), 5, "any", List.of("anthropic"), null, null, List.of(), null,
                    false),
            criteria("chat", List.of("text", "image"), List.of("text"), 4, "any", List.of(), null, null, List.of("vision"),
                    100_000, false),
            criteria("chat", List.of("text"), List.of("text"), 3, "any", List.of(), null, null,
                    List.of("function_calling"), null, true),
            criteria("chat", List.of("text"), List.of("text"), 3, "self_hosted", List.of(), null, null, List.of(), null,
                    false),
            criteria("embedding", List.of("text"), List.of("embedding"), 2, "any", List.of(), null, null, List.of(), null,
                    false),
            criteria("image", List.of("text"), List.of("image"), 3, "any", List.of(), null, new BigDecimal("0.05"),
                    List.of(), null, false),
            criteria("transcription", List.of("audio"), List.of("text"), 3, "any", List.of(), null, null, List.of(), null,
                    true),
            criteria("chat", List.of("text"), List.of("text"), 4, "any", List.of(), 2000, null, List.of(), null, false),
            criteria("search", List.of("text"), List.of("text"), 1, "any", List.of(), null, null, List.of(), null, false));

    @Test
    void rankingCost() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder("| catalog | models | snapshot load ms | CPU per select µs (p50 of 20 rounds) |"
                + " selects per CPU-second |\n|---|---|---|---|---|\n");
        for (String mode : List.of("shipped", "synthetic")) {
            if (mode.equals("synthetic")) {
                db.jdbc().execute(Files.readString(Path.of("bench/select-load/synthetic-models.sql")));
            }
            RegistrySnapshotLoader loader = new RegistrySnapshotLoader();
            long loadNanos;
            RegistrySnapshot snapshot;
            try (Connection c = db.connection()) {
                loader.load(c);
                long t = System.nanoTime();
                snapshot = loader.load(c);
                loadNanos = System.nanoTime() - t;
            }
            RegistrySnapshot loaded = snapshot;
            // the engine reads its data through SelectionData; here it is a fixed snapshot, no refresher
            SelectionData data = new SelectionData() {
                @Override
                public RegistrySnapshot snapshot() {
                    return loaded;
                }
            };
            SelectionEngine engine = new SelectionEngine(data, new ModelSelector(new SelectionMetrics(new SimpleMeterRegistry())),
                    Clock.systemUTC(), 10, 100);
            int perRound = 20_000;
            for (int i = 0; i < 200_000; i++) {
                select(engine, i);
            }
            long[] rounds = new long[20];
            for (int r = 0; r < rounds.length; r++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    select(engine, i);
                }
                rounds[r] = (threads.getCurrentThreadCpuTime() - cpu) / perRound;
            }
            java.util.Arrays.sort(rounds);
            long perSelect = rounds[rounds.length / 2];
            out.append(String.format("| %s | %d | %.1f | %.2f | %,.0f |%n", mode, snapshot.size(), loadNanos / 1e6,
                    perSelect / 1e3, 1e9 / perSelect));
        }
        System.out.println(out);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/selection-ranking.md"), out.toString());
    }

    private static void select(SelectionEngine engine, int i) {
        try {
            engine.select(MIX.get(i % MIX.size()));
        } catch (NotFoundException e) {
            // a 404 is an answer too
        }
    }

    private static ModelSelectionCriteria criteria(String task, List<String> in, List<String> out, int tier, String hosting,
                                                   List<String> prefer, Integer maxLatency, BigDecimal maxCost,
                                                   List<String> caps, Integer minContext, boolean hipaa) {
        return new ModelSelectionCriteria(task, in, out, tier, hosting, prefer, maxLatency, maxCost, caps, minContext,
                hipaa);
    }
}
