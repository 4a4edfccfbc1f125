import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Load test of POST /api/v2/registry/select (run by bench/select-load.sh; a single-file Java program,
 * JDK + the PostgreSQL driver only).
 *
 * <p>It creates a database on a PostgreSQL server, starts the packaged service on it, and for each mode
 * (the shipped catalog, then the same with 10,000 synthetic models added), all in one run:
 * <ol>
 *   <li>the machine's floor: the same generator against bench/select-load/TrivialServer (a fixed answer), first;</li>
 *   <li>its own evenly-spaced, open-loop load of selection requests with a mix of criteria: request i is due
 *       at start + i/rate and its latency is measured from that due time, so a slow answer delays nobody's
 *       clock (no coordinated omission). The first minute after the service's start is measured on its own
 *       ("first minute"), then {@code --duration} seconds more ("after 1 min");</li>
 *   <li>hey, a standard closed-loop tool: 10 connections each paced to 50 req/s, one per criteria of the mix
 *       (10 processes of {@code hey -c 1 -q 50}: hey sends one body per process), latencies from its CSV;</li>
 *   <li>the baseline: the same criteria at the same rate straight to select_model() over JDBC;</li>
 *   <li>saturation: hey with 32 connections and no pacing against the service, and 8 threads in a closed
 *       loop against select_model() over JDBC;</li>
 * </ol>
 * and finally freshness: 100 thermal changes by plain SQL, each timed from its commit to the first answer
 * of /select that reflects it.
 *
 * <p>Options (all optional): --rate 500 --duration 60 --modes shipped,synthetic (or none: freshness only)
 * --saturation 20 --port 18080
 * --pg-url jdbc:postgresql://127.0.0.1:5432/ --pg-user postgres --pg-password "" --jar target/...jar
 * --hey /usr/bin/hey --service-jvm-opts "-Xlog:gc:file=bench/out/gc.log"
 */
public class SelectLoad {

    /** One criteria of the mix: the REST body, and select_model()'s eight arguments for the baseline. */
    record Criteria(String name, String json, String task, String[] in, String[] out, int tier, String hosting,
                    String[] caps, Integer minContext, boolean hipaa) { }

    static final List<Criteria> MIX = List.of(
            new Criteria("chat", "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3}",
                    "chat", a("text"), a("text"), 3, "any", a(), null, false),
            new Criteria("chat-prefer-anthropic", "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],"
                    + "\"tenantTier\":5,\"preferProvider\":[\"anthropic\"]}",
                    "chat", a("text"), a("text"), 5, "any", a(), null, false),
            new Criteria("chat-vision-long", "{\"task\":\"chat\",\"inputModality\":[\"text\",\"image\"],\"outputModality\":[\"text\"],"
                    + "\"tenantTier\":4,\"requiredCapabilities\":[\"vision\"],\"minContextWindow\":100000}",
                    "chat", a("text", "image"), a("text"), 4, "any", a("vision"), 100000, false),
            new Criteria("chat-hipaa-tools", "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],"
                    + "\"tenantTier\":3,\"requireHIPAA\":true,\"requiredCapabilities\":[\"function_calling\"]}",
                    "chat", a("text"), a("text"), 3, "any", a("function_calling"), null, true),
            new Criteria("chat-self-hosted", "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],"
                    + "\"tenantTier\":3,\"preferHosting\":\"self_hosted\"}",
                    "chat", a("text"), a("text"), 3, "self_hosted", a(), null, false),
            new Criteria("embedding", "{\"task\":\"embedding\",\"inputModality\":[\"text\"],\"outputModality\":[\"embedding\"],"
                    + "\"tenantTier\":2}",
                    "embedding", a("text"), a("embedding"), 2, "any", a(), null, false),
            new Criteria("image-budget", "{\"task\":\"image\",\"inputModality\":[\"text\"],\"outputModality\":[\"image\"],"
                    + "\"tenantTier\":3,\"maxCostPerRequest\":0.05}",
                    "image", a("text"), a("image"), 3, "any", a(), null, false),
            new Criteria("transcription-hipaa", "{\"task\":\"transcription\",\"inputModality\":[\"audio\"],\"outputModality\":[\"text\"],"
                    + "\"tenantTier\":3,\"requireHIPAA\":true}",
                    "transcription", a("audio"), a("text"), 3, "any", a(), null, true),
            new Criteria("chat-latency", "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],"
                    + "\"tenantTier\":4,\"maxLatencyMs\":2000}",
                    "chat", a("text"), a("text"), 4, "any", a(), null, false),
            new Criteria("search", "{\"task\":\"search\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":1}",
                    "search", a("text"), a("text"), 1, "any", a(), null, false));

    static String[] a(String... v) {
        return v;
    }

    /** Latencies of one run, in nanoseconds, its failures, and where the machine's CPU went meanwhile. */
    record Run(String label, long[] latencies, int failures, double achievedRate, String firstFailure, String cpu,
               long[] lateness) {

        Run(String label, long[] latencies, int failures, double achievedRate, String firstFailure, String cpu) {
            this(label, latencies, failures, achievedRate, firstFailure, cpu, null);
        }
    }

    /** Threads (and, for REST, keep-alive connections) of the load generator: enough for 500/s at 60 ms. */
    static final int WORKERS = 32;

    /** The service's process id, for the CPU accounting (0 when unknown). */
    static long servicePid;

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int rate = Integer.parseInt(opt.getOrDefault("rate", "500"));
        int duration = Integer.parseInt(opt.getOrDefault("duration", "60"));
        int saturation = Integer.parseInt(opt.getOrDefault("saturation", "20"));
        List<String> modes = List.of(opt.getOrDefault("modes", "shipped,synthetic").split(","));
        String pgUrl = opt.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/");
        String pgUser = opt.getOrDefault("pg-user", "postgres");
        String pgPassword = opt.getOrDefault("pg-password", "");
        Path jar = Path.of(opt.getOrDefault("jar", "target/model-registry-0.1.0-SNAPSHOT.jar"));
        Path synthetic = Path.of(opt.getOrDefault("synthetic-sql", "bench/select-load/synthetic-models.sql"));
        hey = opt.getOrDefault("hey", "/usr/bin/hey");

        System.out.println("select-load " + ZonedDateTime.now() + "  rate " + rate + "/s  " + duration
                + " s per measured run (after the first minute)  saturation " + saturation + " s  modes " + modes);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, " + cpuModel()
                + ", java " + System.getProperty("java.version") + ", load average " + loadAverage());

        String database = "bench_select_" + UUID.randomUUID().toString().substring(0, 8);
        admin(pgUrl, pgUser, pgPassword, "CREATE DATABASE " + database);
        String dbUrl = pgUrl + database;
        Process service = null;
        Run floor = null;
        List<String> summary = new ArrayList<>();
        List<String> saturated = new ArrayList<>();
        String freshness = "";
        try {
            int port = Integer.parseInt(opt.getOrDefault("port", "18080"));
            floor = floor(port + 1, rate, duration);
            print(floor);
            service = start(jar, dbUrl, pgUser, pgPassword, port, opt.getOrDefault("service-jvm-opts", ""));
            servicePid = service.pid();
            String base = "http://127.0.0.1:" + port;
            awaitReady(base, service);
            try (Connection c = DriverManager.getConnection(dbUrl, pgUser, pgPassword)) {
                System.out.println("PostgreSQL " + one(c, "SHOW server_version") + "; catalog: "
                        + one(c, "SELECT COUNT(*) FROM unified_model_registry") + " models");
            }
            for (String mode : modes) {
                if (mode.equals("none")) {
                    continue;
                }
                Run first = null;
                if (mode.equals("synthetic")) {
                    try (Connection c = DriverManager.getConnection(dbUrl, pgUser, pgPassword);
                         Statement st = c.createStatement()) {
                        st.execute(Files.readString(synthetic));
                        System.out.println("\nloaded 10,000 synthetic models; catalog: "
                                + one(c, "SELECT COUNT(*) FROM unified_model_registry") + " models");
                    }
                    awaitModelsHeld(base, 10_000);
                } else {
                    System.out.println();
                    // what the JIT has not compiled before readiness, it compiles under the first minute: measured apart
                    Map<Double, Double> before = serviceBuckets(base);
                    first = restLoad(base, rate, 0, 60, mode + ", first minute after ready");
                    print(first);
                    printInsideService(before, serviceBuckets(base));
                }
                Map<Double, Double> before = serviceBuckets(base);
                Run rest = restLoad(base, rate, 0, duration, mode + (first == null ? "" : ", after 1 min"));
                print(rest);
                printInsideService(before, serviceBuckets(base));
                Run paced = heyPaced(base, duration, mode);
                print(paced);
                Run jdbc = jdbcLoad(dbUrl, pgUser, pgPassword, rate, 5, duration, mode);
                print(jdbc);
                double ratio99 = (double) pct(jdbc.latencies(), 99) / pct(rest.latencies(), 99);
                System.out.printf("  p99 JDBC select_model() / engine: %.1f%n", ratio99);
                summary.add(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.1f× | %d |", mode,
                        ms(pct(floor.latencies(), 99)),
                        first == null ? "–" : ms(pct(first.latencies(), 99)),
                        ms(pct(rest.latencies(), 50)), ms(pct(rest.latencies(), 99)), ms(max(rest.latencies())),
                        ms(pct(paced.latencies(), 50)), ms(pct(paced.latencies(), 99)), ms(pct(jdbc.latencies(), 99)),
                        ratio99, rest.failures() + paced.failures()));
                double serviceRps = heySaturated(base, saturation);
                double jdbcRps = jdbcSaturated(dbUrl, pgUser, pgPassword, saturation);
                System.out.printf("  saturated: engine %.0f req/s (hey -c 32), JDBC select_model() %.0f req/s (8 threads), "
                        + "ratio %.1f×%n", serviceRps, jdbcRps, serviceRps / jdbcRps);
                saturated.add(String.format("| %s | %.0f | %.0f | %.1f× |", mode, serviceRps, jdbcRps, serviceRps / jdbcRps));
            }
            freshness = freshness(base, dbUrl, pgUser, pgPassword, 100);
        } finally {
            if (service != null) {
                service.destroy();
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
            try {
                admin(pgUrl, pgUser, pgPassword, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                System.out.println("could not drop " + database + " (" + e.getMessage() + "): drop it by hand");
            }
        }
        System.out.println("\nload average at the end: " + loadAverage());
        System.out.println("\n| catalog | floor p99 ms (trivial server) | first-minute p99 ms | engine p50 ms | engine p99 ms "
                + "| engine max ms | hey p50 ms | hey p99 ms | JDBC select_model() p99 ms | p99 ratio JDBC/engine | failures |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        summary.forEach(System.out::println);
        System.out.println("\n| catalog | engine saturated req/s | JDBC select_model() saturated req/s | ratio |");
        System.out.println("|---|---|---|---|");
        saturated.forEach(System.out::println);
        System.out.println("\n" + freshness);
    }

    static String hey;

    /**
     * The machine's floor: bench/select-load/TrivialServer (fixed answer, no work) under the same generator and
     * rate, after 20 s of warm-up, before the service starts. What the engine adds is its figure minus this one.
     */
    static Run floor(int port, int rate, int duration) throws Exception {
        Process server = new ProcessBuilder("java", "-Dsun.net.httpserver.nodelay=true",
                "bench/select-load/TrivialServer.java", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    client.send(select(base, MIX.get(0).json()), HttpResponse.BodyHandlers.discarding());
                    break;
                } catch (IOException notYet) {
                    if (System.nanoTime() > deadline || !server.isAlive()) {
                        throw new IllegalStateException("the trivial server did not start", notYet);
                    }
                    Thread.sleep(100);
                }
            }
            System.out.println();
            return restLoad(base, rate, 20, duration, "floor: trivial HTTP server");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The service's own cumulative count of /select answers by time spent inside it (the SLO buckets of
     * http_server_requests_seconds, application.yaml; key: bucket bound in seconds, +Inf as infinity).
     */
    static Map<Double, Double> serviceBuckets(String base) throws Exception {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<Double, Double> buckets = new java.util.TreeMap<>();
        java.util.regex.Pattern bucket = java.util.regex.Pattern.compile(
                "^http_server_requests_seconds_bucket\\{.*le=\"([^\"]+)\".*\\} ([0-9.eE+]+)$");
        for (String line : text.split("\n")) {
            java.util.regex.Matcher m = bucket.matcher(line);
            if (m.matches() && line.contains("uri=\"/api/v2/registry/select\"")) {
                double le = m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
                buckets.merge(le, Double.parseDouble(m.group(2)), Double::sum);
            }
        }
        return buckets;
    }

    /** Share of a run's answers within each bucket bound, measured by the service from its filters to its answer. */
    static void printInsideService(Map<Double, Double> before, Map<Double, Double> after) {
        double all = after.getOrDefault(Double.POSITIVE_INFINITY, 0.0) - before.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
        if (all <= 0) {
            System.out.println("    inside the service: no http_server_requests buckets scraped");
            return;
        }
        StringBuilder line = new StringBuilder("    inside the service (http_server_requests_seconds, filters to answer):");
        after.forEach((le, count) -> {
            if (!le.isInfinite() && le <= 0.01) {
                line.append(String.format(" ≤%s ms %.3f%%", le * 1000 >= 1 ? String.valueOf((int) (le * 1000))
                        : String.valueOf(le * 1000), 100 * (count - before.getOrDefault(le, 0.0)) / all));
            }
        });
        System.out.println(line);
    }

    /** Waits until the service's selection data holds at least {@code models} models (readiness details). */
    static void awaitModelsHeld(String base, int models) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long start = System.nanoTime();
        java.util.regex.Pattern held = java.util.regex.Pattern.compile("\"models\":(\\d+)");
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
            String health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher m = held.matcher(health);
            if (m.find() && Integer.parseInt(m.group(1)) >= models) {
                System.out.printf("selection holds %s models, %.0f ms after the commit%n", m.group(1),
                        (System.nanoTime() - start) / 1e6);
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the service did not pick up the synthetic models within 60 s");
    }

    /** 10 hey processes, one per criteria of the mix, each one connection paced to 50 req/s. */
    static Run heyPaced(String base, int seconds, String mode) throws Exception {
        Files.createDirectories(Path.of("bench/out/hey"));
        List<Process> processes = new ArrayList<>();
        long[] cpuBefore = cpuTicks();
        for (int i = 0; i < MIX.size(); i++) {
            Path body = Path.of("bench/out/hey/body-" + i + ".json");
            Files.writeString(body, MIX.get(i).json());
            ProcessBuilder pb = new ProcessBuilder(hey, "-z", seconds + "s", "-c", "1", "-q", "50", "-o", "csv",
                    "-m", "POST", "-T", "application/json", "-D", body.toString(), base + "/api/v2/registry/select");
            pb.redirectOutput(Path.of("bench/out/hey/out-" + i + ".csv").toFile());
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            processes.add(pb.start());
        }
        for (Process p : processes) {
            p.waitFor();
        }
        long[] cpuAfter = cpuTicks();
        List<Long> latencies = new ArrayList<>();
        int failures = 0;
        String firstFailure = null;
        for (int i = 0; i < MIX.size(); i++) {
            for (String line : Files.readAllLines(Path.of("bench/out/hey/out-" + i + ".csv"))) {
                String[] f = line.split(",");
                if (f.length < 7 || f[0].startsWith("response")) {
                    continue;
                }
                latencies.add((long) (Double.parseDouble(f[0]) * 1e9));
                if (!f[6].equals("200")) {
                    failures++;
                    firstFailure = firstFailure == null ? MIX.get(i).name() + " → " + f[6] : firstFailure;
                }
            }
        }
        long[] values = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Run("hey 10 × -c 1 -q 50 (" + mode + ")", values, failures, values.length / (double) seconds,
                firstFailure, cpuShare(cpuBefore, cpuAfter, Math.max(1, values.length), seconds));
    }

    /** Requests per second of hey with 32 connections and no pacing (the chat criteria). */
    static double heySaturated(String base, int seconds) throws Exception {
        Path body = Path.of("bench/out/hey/body-0.json");
        Files.writeString(body, MIX.get(0).json());
        Process p = new ProcessBuilder(hey, "-z", seconds + "s", "-c", "32", "-m", "POST", "-T", "application/json",
                "-D", body.toString(), base + "/api/v2/registry/select").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.writeString(Path.of("bench/out/hey/saturated.txt"), out);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("hey printed no Requests/sec: " + out);
        }
        java.util.regex.Matcher codes = java.util.regex.Pattern.compile("\\[(\\d{3})\\]\\s+(\\d+) responses").matcher(out);
        while (codes.find()) {
            if (!codes.group(1).equals("200")) {
                System.out.println("  saturated hey: " + codes.group(2) + " answers " + codes.group(1));
            }
        }
        return Double.parseDouble(m.group(1));
    }

    /** select_model() over JDBC as fast as 8 threads in a closed loop can call it. */
    static double jdbcSaturated(String url, String user, String password, int seconds) throws Exception {
        int threads = 8;
        AtomicInteger calls = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                try (Connection conn = DriverManager.getConnection(url, user, password)) {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        selectModel(conn, MIX.get(i % MIX.size()));
                        calls.incrementAndGet();
                    }
                } catch (SQLException e) {
                    System.out.println("  JDBC saturation: " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return calls.get() / (double) seconds;
    }

    /**
     * Freshness: {@code changes} plain-SQL thermal changes of one self-hosted model between HOT and OFF,
     * each timed from the commit to the first /select answer (polled back to back) that reflects it.
     */
    static String freshness(String base, String dbUrl, String user, String password, int changes) throws Exception {
        String criteria = "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],"
                + "\"tenantTier\":5,\"preferHosting\":\"self_hosted\",\"requiredCapabilities\":[\"bench_freshness\"]}";
        URI uri = URI.create(base);
        RawHttp http = new RawHttp(uri.getHost(), uri.getPort());
        byte[] request = rawPost(uri, "/api/v2/registry/select", criteria);
        long[] took = new long[changes];
        try (Connection c = DriverManager.getConnection(dbUrl, user, password); Statement st = c.createStatement()) {
            st.execute("INSERT INTO self_hosted_models (model_id, name, display_name, category, specialty, capabilities, "
                    + "input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, "
                    + "license, hourly_rate, min_tier) VALUES ('bench-fresh', 'b', 'B', 'llm', 'chat', "
                    + "ARRAY['chat', 'bench_freshness'], '{text}', '{text}', 'chat', 'img', 'ml.g5.xlarge', 16, 'MIT', 1, 1)");
            st.execute("INSERT INTO thermal_states (model_id, current_state) VALUES ('bench-fresh', 'OFF')");
            Thread.sleep(1_000);
            for (int i = 0; i < changes; i++) {
                String state = i % 2 == 0 ? "HOT" : "OFF";
                st.executeUpdate("UPDATE thermal_states SET current_state = '" + state + "' WHERE model_id = 'bench-fresh'");
                long committed = System.nanoTime();
                String expected = "\"thermalState\":\"" + state + "\"";
                while (true) {
                    http.exchange(request);
                    if (http.lastBody().contains(expected)) {
                        break;
                    }
                    if (System.nanoTime() - committed > TimeUnit.SECONDS.toNanos(10)) {
                        throw new IllegalStateException("change " + i + " not reflected within 10 s: " + http.lastBody());
                    }
                }
                took[i] = System.nanoTime() - committed;
                Thread.sleep(50);
            }
        }
        String line = String.format("Freshness over %d plain-SQL thermal changes (commit → first answer reflecting it): "
                + "p50 %s ms, p99 %s ms, max %s ms", changes, ms(pct(took, 50)), ms(pct(took, 99)), ms(max(took)));
        System.out.println(line);
        return line;
    }

    static byte[] rawPost(URI uri, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, request, h.length, body.length);
        return request;
    }

    // --- the service ------------------------------------------------------------------------------

    static Process start(Path jar, String dbUrl, String user, String password, int port, String jvmOptions)
            throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " does not exist: build it first (mvn -B package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of("java"));
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("DATABASE_URL", dbUrl);
        env.put("DATABASE_USER", user);
        env.put("DATABASE_PASSWORD", password);
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("REGISTRY_ADMIN_TOKEN", UUID.randomUUID().toString());
        env.put("LOGGING_LEVEL_ROOT", "WARN");
        env.put("LOGGING_LEVEL_IO_RADIANT", "WARN");
        // no scheduled sync may run during the measurement (Quartz cron with a year field: never)
        for (String s : List.of("FULL", "HEALTH", "THERMAL", "PRICING")) {
            env.put("REGISTRY_SCHEDULE_" + s + "_CRON", "0 0 0 1 1 ? 2099");
        }
        pb.redirectErrorStream(true);
        pb.redirectOutput(Path.of("bench/out/service.log").toFile());
        Files.createDirectories(Path.of("bench/out"));
        return pb.start();
    }

    /**
     * Waits for readiness UP, as a load balancer would before it sends the instance traffic: the selection data
     * is loaded and the start's priming of the selection path (registry.selection.priming-requests) is over.
     */
    static void awaitReady(String base, Process service) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited; see bench/out/service.log");
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().startsWith("{\"status\":\"UP\"")) {
                    System.out.printf("service ready %.1f s after its process started%n",
                            (System.nanoTime() - started) / 1e9);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service was not ready within 240 s; see bench/out/service.log");
    }

    static HttpRequest select(String base, String json) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v2/registry/select"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    // --- the loads --------------------------------------------------------------------------------

    interface Call {
        /** Performs request {@code i}; returns null on success, else a description of the failure. */
        String call(int i) throws Exception;
    }

    static Run restLoad(String base, int rate, int warmup, int duration, String mode) throws Exception {
        URI uri = URI.create(base);
        byte[][] requests = new byte[MIX.size()][];
        for (int i = 0; i < MIX.size(); i++) {
            requests[i] = rawPost(uri, "/api/v2/registry/select", MIX.get(i).json());
        }
        // one keep-alive connection per worker thread: the client should cost the shared CPUs as little as possible
        ThreadLocal<RawHttp> connection = ThreadLocal.withInitial(() -> new RawHttp(uri.getHost(), uri.getPort()));
        Call call = i -> {
            RawHttp http = connection.get();
            int status = http.exchange(requests[i % MIX.size()]);
            return status == 200 ? null : MIX.get(i % MIX.size()).name() + " → " + status + " " + http.lastBody();
        };
        if (warmup > 0) {
            fixedRate(call, rate, warmup, "warm-up");
        }
        return fixedRate(call, rate, duration, "own generator (" + mode + ")");
    }

    /** A minimal HTTP/1.1 client on one keep-alive socket (status + body; Content-Length or chunked). */
    static final class RawHttp {
        private final String host;
        private final int port;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;
        private byte[] body = new byte[0];

        RawHttp(String host, int port) {
            this.host = host;
            this.port = port;
        }

        int exchange(byte[] request) throws IOException {
            for (int attempt = 0; ; attempt++) {
                try {
                    if (socket == null) {
                        socket = new java.net.Socket(host, port);
                        socket.setTcpNoDelay(true);
                        socket.setSoTimeout(30_000);
                        in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
                        out = socket.getOutputStream();
                    }
                    out.write(request);
                    out.flush();
                    return readResponse();
                } catch (IOException e) {
                    close();
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        String lastBody() {
            return new String(body, StandardCharsets.UTF_8);
        }

        private int readResponse() throws IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                line();
                body = all.toByteArray();
            } else {
                body = in.readNBytes(Math.max(length, 0));
            }
            if (close) {
                close();
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // reconnecting anyway
            }
            socket = null;
        }
    }

    static Run jdbcLoad(String url, String user, String password, int rate, int warmup, int duration, String mode)
            throws Exception {
        int pool = 16;
        BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(pool);
        for (int i = 0; i < pool; i++) {
            connections.add(DriverManager.getConnection(url, user, password));
        }
        try {
            Call call = i -> {
                Criteria c = MIX.get(i % MIX.size());
                Connection conn = connections.take();
                try {
                    selectModel(conn, c);
                    return null;
                } finally {
                    connections.add(conn);
                }
            };
            fixedRate(call, rate, warmup, "warm-up");
            return fixedRate(call, rate, duration, "JDBC select_model() (" + mode + ")");
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** One call of the spec's select_model() with the criteria's eight arguments, rows read. */
    static void selectModel(Connection conn, Criteria c) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM select_model(?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, c.task());
            ps.setArray(2, conn.createArrayOf("text", c.in()));
            ps.setArray(3, conn.createArrayOf("text", c.out()));
            ps.setInt(4, c.tier());
            ps.setString(5, c.hosting());
            ps.setArray(6, conn.createArrayOf("text", c.caps()));
            if (c.minContext() == null) {
                ps.setNull(7, java.sql.Types.INTEGER);
            } else {
                ps.setInt(7, c.minContext());
            }
            ps.setBoolean(8, c.hipaa());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    /** Sends {@code rate × seconds} calls, call i due at start + i/rate, latency measured from the due time. */
    static Run fixedRate(Call call, int rate, int seconds, String label) throws InterruptedException {
        int n = rate * seconds;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latencies = new long[n];
        long[] lateness = new long[n];
        long[] done = new long[n];
        AtomicInteger failures = new AtomicInteger();
        String[] firstFailure = new String[1];
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        long[] cpuBefore = cpuTicks();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < n; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            workers.execute(() -> {
                // how late the generator itself sends it: the dispatcher's and a worker's wake-ups on this machine
                lateness[index] = System.nanoTime() - due;
                String failure;
                try {
                    failure = call.call(index);
                } catch (Exception e) {
                    failure = e.toString();
                }
                long now = System.nanoTime();
                latencies[index] = now - due;
                done[index] = now;
                if (failure != null && failures.incrementAndGet() == 1) {
                    firstFailure[0] = failure;
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(2, TimeUnit.MINUTES)) {
            // an overloaded target (the JDBC baseline on 10,000 models): what is still queued 2 minutes after
            // the last request was due is dropped, so it cannot load the machine under the next measurement
            workers.shutdownNow();
            workers.awaitTermination(30, TimeUnit.SECONDS);
            long now = System.nanoTime();
            int dropped = 0;
            for (int i = 0; i < n; i++) {
                if (done[i] == 0) {
                    latencies[i] = now - (start + i * period);
                    dropped++;
                }
            }
            failures.addAndGet(dropped);
            if (firstFailure[0] == null) {
                firstFailure[0] = dropped + " requests not answered within 2 min after the last was due (dropped)";
            }
        }
        long last = Arrays.stream(done).max().orElse(start);
        double achieved = n / ((last - start) / 1e9);
        long[] cpuAfter = cpuTicks();
        return new Run(label, latencies, failures.get(), achieved, firstFailure[0], cpuShare(cpuBefore, cpuAfter, n,
                (last - start) / 1e9), lateness);
    }

    // --- figures ----------------------------------------------------------------------------------

    static void print(Run r) {
        if (r.label().equals("warm-up")) {
            return;
        }
        System.out.printf("  %-34s n=%d  achieved %.0f/s  p50 %s ms  p90 %s ms  p99 %s ms  p99.9 %s ms  max %s ms  failures %d%n",
                r.label(), r.latencies().length, r.achievedRate(), ms(pct(r.latencies(), 50)), ms(pct(r.latencies(), 90)),
                ms(pct(r.latencies(), 99)), ms(pct(r.latencies(), 99.9)), ms(max(r.latencies())), r.failures());
        System.out.println("    CPU per request: " + r.cpu());
        if (r.lateness() != null) {
            System.out.printf("    the generator late (due → a worker picks it up): p50 %s ms  p90 %s ms  p99 %s ms  p99.9 %s ms%n",
                    ms(pct(r.lateness(), 50)), ms(pct(r.lateness(), 90)), ms(pct(r.lateness(), 99)),
                    ms(pct(r.lateness(), 99.9)));
        }
        if (r.firstFailure() != null) {
            System.out.println("    first failure: " + r.firstFailure());
        }
    }

    static long pct(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }

    // --- CPU accounting (Linux /proc) --------------------------------------------------------------

    /** {PostgreSQL server processes, service, this load generator, stolen by the hypervisor} in clock ticks. */
    static long[] cpuTicks() {
        return new long[] {postgresTicks(), processTicks(servicePid), processTicks(ProcessHandle.current().pid()),
                stealTicks()};
    }

    /**
     * Time the hypervisor ran something else while this VM's CPUs had work (/proc/stat "steal", all CPUs): when it
     * is more than a few percent, wake-ups wait for the host and every latency percentile says more about the
     * neighbours than about the service.
     */
    static long stealTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(cpu[8]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU of every process named postgres (the server and its backends on this machine). */
    static long postgresTicks() {
        long sum = 0;
        try (var dirs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path dir : dirs) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (comm.equals("postgres")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Milliseconds of CPU per request spent by the service, PostgreSQL and the load generator. */
    static String cpuShare(long[] before, long[] after, int n, double seconds) {
        double tickMs = 10.0; // USER_HZ = 100 on Linux
        double postgres = (after[0] - before[0]) * tickMs;
        double service = (after[1] - before[1]) * tickMs;
        double generator = (after[2] - before[2]) * tickMs;
        double stolen = (after[3] - before[3]) * tickMs;
        int cpus = Runtime.getRuntime().availableProcessors();
        return String.format("service %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms (together %.0f%% of the %d CPUs); "
                + "stolen by the hypervisor: %.1f%% of the CPUs", service / n, postgres / n, generator / n,
                100 * (postgres + service + generator) / (seconds * 1000) / cpus, cpus, 100 * stolen / (seconds * 1000) / cpus);
    }

    // --- plumbing ---------------------------------------------------------------------------------

    static void admin(String pgUrl, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pgUrl + "postgres", user, password);
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        return opt;
    }
}
