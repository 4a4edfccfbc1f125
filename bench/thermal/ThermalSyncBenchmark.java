package bench.thermal;

import static io.radiant.registry.thermal.SageMakerStandIn.answer;
import static io.radiant.registry.thermal.SageMakerStandIn.describe;
import static io.radiant.registry.thermal.SageMakerStandIn.endpoint;

import io.radiant.registry.RegistryApplication;
import io.radiant.registry.support.TestDatabases;
import io.radiant.registry.thermal.SageMakerStandIn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Thermal sync wall time against 56 SageMaker stand-in endpoints that each answer after a fixed delay:
 * the service as configured (registry.thermal.concurrency) and, in the same run, with concurrency 1 (the
 * spec's one-endpoint-after-another loop). Each setting gets its own application context on the same fresh
 * database, warm-up syncs first, then measured syncs; before every sync all rows are reset to COLD so that
 * every sync writes 56 changes and 56 events (the heaviest write).
 *
 * Arguments (all optional): delayMs (100), measuredRuns (5), warmupRuns (5), concurrency (the configured one).
 * Run it with bench/thermal.sh.
 */
public final class ThermalSyncBenchmark {

    public static void main(String[] args) throws Exception {
        int delayMs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Integer concurrency = args.length > 3 ? Integer.valueOf(args[3]) : null;

        System.setProperty("aws.accessKeyId", "AKIABENCHMARK000001");
        System.setProperty("aws.secretAccessKey", "bench-secret-not-real");
        TestDatabases.Database db = TestDatabases.fresh("bench_thermal");

        try (SageMakerStandIn sageMaker = SageMakerStandIn.lean(128)) {
            List<String> models = modelIds(db, sageMaker.url());
            for (String model : models) {
                sageMaker.stub(describe("radiant-" + model).willReturn(
                        answer(200, endpoint("radiant-" + model, "InService", 1, null)).withFixedDelay(delayMs)));
            }
            Result parallel = measure(concurrency, db, sageMaker, warmups, runs);
            Result sequential = measure(1, db, sageMaker, warmups, runs);

            System.out.println();
            System.out.printf("Thermal sync: %d endpoints answering after %d ms, %d cores, %d measured syncs each%n",
                    models.size(), delayMs, Runtime.getRuntime().availableProcessors(), runs);
            System.out.println(parallel.line());
            System.out.println(sequential.line());
            System.out.printf("ratio (concurrency 1 / concurrency %d, medians): %.1fx%n",
                    parallel.concurrency, (double) sequential.median() / parallel.median());
            System.out.printf("target <= 1000 ms: %s%n", parallel.median() <= 1000 ? "met" : "NOT met");
        }
        System.exit(0);
    }

    /** The enabled self-hosted models, read through a first context (which also migrates the database). */
    private static List<String> modelIds(TestDatabases.Database db, String awsUrl) {
        try (ConfigurableApplicationContext context = start(db, null, awsUrl)) {
            return context.getBean(JdbcTemplate.class).queryForList(
                    "SELECT model_id FROM self_hosted_models WHERE enabled ORDER BY model_id", String.class);
        }
    }

    private static Result measure(Integer concurrency, TestDatabases.Database db, SageMakerStandIn sageMaker,
                                  int warmups, int runs) throws InterruptedException {
        try (ConfigurableApplicationContext context = start(db, concurrency, sageMaker.url())) {
            int effective = Integer.parseInt(context.getEnvironment().getProperty("registry.thermal.concurrency"));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            ProducerTemplate producer = context.getBean(ProducerTemplate.class);
            for (int i = 0; i < warmups; i++) {
                sync(jdbc, producer);
            }
            List<long[]> samples = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                samples.add(sync(jdbc, producer));
            }
            return new Result(effective, samples);
        }
    }

    /** One sync from trigger to completed: {wall ms seen by the caller, duration_ms of the sync log, changes}. */
    private static long[] sync(JdbcTemplate jdbc, ProducerTemplate producer) throws InterruptedException {
        jdbc.update("UPDATE thermal_states SET current_state = 'COLD', is_transitioning = false, target_state = NULL");
        long start = System.nanoTime();
        Map<?, ?> answer = producer.requestBodyAndHeaders("direct:sync-trigger", null,
                Map.of("syncType", "thermal", "syncTrigger", "api"), Map.class);
        String syncId = (String) answer.get("syncId");
        String status;
        do {
            Thread.sleep(2);
            status = jdbc.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId);
        } while ("running".equals(status));
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT duration_ms, models_updated, cardinality(errors) AS errors FROM registry_sync_log WHERE id = ?::uuid",
                syncId);
        if (!"completed".equals(status) || ((Number) row.get("errors")).intValue() > 0) {
            throw new IllegalStateException("Benchmark sync " + syncId + " ended " + status + " with " + row.get("errors")
                    + " errors, e.g. " + jdbc.queryForList("SELECT unnest(errors) FROM registry_sync_log WHERE id = ?::uuid "
                    + "LIMIT 3", String.class, syncId));
        }
        return new long[] {wallMs, ((Number) row.get("duration_ms")).longValue(), ((Number) row.get("models_updated")).longValue()};
    }

    private static ConfigurableApplicationContext start(TestDatabases.Database db, Integer concurrency, String awsUrl) {
        // command-line arguments: they win over config/application.yaml (default properties would not)
        List<String> args = new ArrayList<>(List.of(
                "--database.url=" + db.jdbcUrl(),
                "--database.user=" + db.user(),
                "--database.password=" + (db.password() == null ? "" : db.password()),
                "--server.port=0",
                "--aws.endpoint-url=" + awsUrl,
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        if (concurrency != null) {
            args.add("--registry.thermal.concurrency=" + concurrency);
        }
        return new SpringApplicationBuilder(RegistryApplication.class).run(args.toArray(String[]::new));
    }

    private record Result(int concurrency, List<long[]> samples) {

        long median() {
            return medianOf(0);
        }

        long medianOf(int index) {
            List<Long> values = new ArrayList<>(samples.stream().map(s -> s[index]).toList());
            Collections.sort(values);
            return values.get(values.size() / 2);
        }

        String line() {
            return String.format("concurrency %2d: median %5d ms wall (sync log duration_ms median %5d), runs %s ms, %d changes each",
                    concurrency, median(), medianOf(1), samples.stream().map(s -> String.valueOf(s[0])).toList(), samples.get(0)[2]);
        }
    }
}
