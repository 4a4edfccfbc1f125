import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Selection's HTTP path against Spring's trivial endpoint and a bare JDK server, interleaved in one run (run by
 * bench/select-path.sh; a single-file Java program, JDK + the PostgreSQL driver only).
 *
 * <p>It starts each given jar (e.g. the build before and after a change) on a database of its own, waits for
 * readiness (the start's priming included), starts bench/select-load/TrivialServer, then for each round and each
 * target in turn — POST /api/v2/registry/select of every jar, GET /actuator/info of every jar, the JDK server —
 * measures (1) saturation: {@code --connections} keep-alive connections in a closed loop for {@code --seconds},
 * answers per second and the target process's CPU per answer (/proc, user + system), and (2) latency at a paced
 * {@code --rate} (open loop, latency from each request's due time), p50/p99/max. Interleaving makes every target
 * see the same neighbours on a shared machine; the summary is the median over rounds.
 *
 * <p>Options: --jars a.jar,b.jar --labels before,after --rounds 3 --seconds 10 --rate 500 --connections 16
 * --port 18200 --pg-url jdbc:postgresql://127.0.0.1:5432/ --pg-user postgres --pg-password ""
 */
public class SelectPath {

    static final String CRITERIA = "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3}";

    record Target(String name, String host, int port, byte[] request, long pid) { }

    record Figures(double perSecond, double cpuMsPerAnswer, double p50, double p99, double max, int failures) { }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].substring(2), args[i + 1]);
        }
        List<String> jars = List.of(opt.getOrDefault("jars", "target/model-registry-0.1.0-SNAPSHOT.jar").split(","));
        List<String> labels = List.of(opt.getOrDefault("labels", String.join(",", jars)).split(","));
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "3"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "10"));
        int rate = Integer.parseInt(opt.getOrDefault("rate", "500"));
        int connections = Integer.parseInt(opt.getOrDefault("connections", "16"));
        int port = Integer.parseInt(opt.getOrDefault("port", "18200"));
        String pgUrl = opt.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/");
        String user = opt.getOrDefault("pg-user", "postgres");
        String password = opt.getOrDefault("pg-password", "");
        System.out.printf("select-path %s  rounds %d × %d s per measurement, paced rate %d/s, %d connections when saturated%n",
                ZonedDateTime.now(), rounds, seconds, rate, connections);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, load average "
                + Files.readString(Path.of("/proc/loadavg")).trim());

        List<Process> processes = new ArrayList<>();
        List<String> databases = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        try {
            for (int j = 0; j < jars.size(); j++) {
                String db = "bench_path_" + UUID.randomUUID().toString().substring(0, 8);
                admin(pgUrl, user, password, "CREATE DATABASE " + db);
                databases.add(db);
                Process p = start(Path.of(jars.get(j)), pgUrl + db, user, password, port + j, labels.get(j));
                processes.add(p);
            }
            for (int j = 0; j < jars.size(); j++) {
                awaitReady("http://127.0.0.1:" + (port + j), processes.get(j), labels.get(j));
            }
            int floorPort = port + jars.size();
            Process floor = new ProcessBuilder("java", "-Dsun.net.httpserver.nodelay=true",
                    "bench/select-load/TrivialServer.java", String.valueOf(floorPort))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            processes.add(floor);
            for (int j = 0; j < jars.size(); j++) {
                targets.add(new Target(labels.get(j) + " select", "127.0.0.1", port + j,
                        post("/api/v2/registry/select", CRITERIA, port + j), processes.get(j).pid()));
            }
            for (int j = 0; j < jars.size(); j++) {
                targets.add(new Target(labels.get(j) + " /actuator/info", "127.0.0.1", port + j,
                        get("/actuator/info", port + j), processes.get(j).pid()));
            }
            targets.add(new Target("JDK server (floor)", "127.0.0.1", floorPort,
                    post("/api/v2/registry/select", CRITERIA, floorPort), floor.pid()));
            awaitAnswer(targets.get(targets.size() - 1));
            for (Target t : targets) {
                saturate(t, connections, 3); // warm every target and its connections before the first round
            }
            Map<String, List<Figures>> all = new LinkedHashMap<>();
            for (int r = 1; r <= rounds; r++) {
                for (Target t : targets) {
                    double[] sat = saturate(t, connections, seconds);
                    double[] lat = paced(t, rate, seconds);
                    Figures f = new Figures(sat[0], sat[1], lat[0], lat[1], lat[2], (int) (sat[2] + lat[3]));
                    all.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(f);
                    System.out.printf("round %d  %-28s %8.0f req/s  %.3f ms CPU/answer   at %d/s: p50 %.2f ms  p99 %.2f ms  max %.1f ms  failures %d%n",
                            r, t.name(), f.perSecond(), f.cpuMsPerAnswer(), rate, f.p50(), f.p99(), f.max(), f.failures());
                }
            }
            System.out.println();
            System.out.println("| target | saturated req/s | CPU ms per answer | p50 ms at " + rate + "/s | p99 ms at " + rate + "/s |");
            System.out.println("|---|---|---|---|---|");
            for (var e : all.entrySet()) {
                System.out.printf("| %s | %.0f | %.3f | %.2f | %.2f |%n", e.getKey(),
                        median(e.getValue(), Figures::perSecond), median(e.getValue(), Figures::cpuMsPerAnswer),
                        median(e.getValue(), Figures::p50), median(e.getValue(), Figures::p99));
            }
            System.out.println("(medians over " + rounds + " rounds)");
        } finally {
            for (Process p : processes) {
                p.destroy();
                p.waitFor(20, TimeUnit.SECONDS);
            }
            for (String db : databases) {
                admin(pgUrl, user, password, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    interface Metric {
        double of(Figures f);
    }

    static double median(List<Figures> values, Metric m) {
        double[] v = values.stream().mapToDouble(m::of).sorted().toArray();
        return v[v.length / 2];
    }

    /** Closed loop: answers per second, target CPU ms per answer, failures. */
    static double[] saturate(Target t, int connections, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong answers = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long cpuBefore = ticks(t.pid());
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            pool.execute(() -> {
                Raw raw = new Raw(t.host(), t.port());
                while (!stop.get()) {
                    try {
                        if (raw.exchange(t.request()) == 200) {
                            answers.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                }
                raw.close();
            });
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpu = ticks(t.pid()) - cpuBefore;
        long n = Math.max(1, answers.get());
        return new double[] {answers.get() / elapsed, cpu * 10.0 / n, failures.get()};
    }

    /** Open loop at a fixed rate: p50, p99, max (ms, from each request's due time), failures. */
    static double[] paced(Target t, int rate, int seconds) throws Exception {
        int n = rate * seconds;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latencies = new long[n];
        AtomicLong failures = new AtomicLong();
        ThreadLocal<Raw> connection = ThreadLocal.withInitial(() -> new Raw(t.host(), t.port()));
        ExecutorService workers = Executors.newFixedThreadPool(32);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < n; i++) {
            long due = start + i * period;
            for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            workers.execute(() -> {
                try {
                    if (connection.get().exchange(t.request()) != 200) {
                        failures.incrementAndGet();
                    }
                } catch (IOException e) {
                    failures.incrementAndGet();
                }
                latencies[index] = System.nanoTime() - due;
            });
        }
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        Arrays.sort(latencies);
        return new double[] {latencies[n / 2] / 1e6, latencies[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6,
                latencies[n - 1] / 1e6, failures.get()};
    }

    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static byte[] post(String path, String json, int port) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    static byte[] get(String path, int port) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    static void awaitAnswer(Target t) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Raw raw = new Raw(t.host(), t.port());
            try {
                if (raw.exchange(t.request()) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            } finally {
                raw.close();
            }
            Thread.sleep(100);
        }
    }

    static Process start(Path jar, String dbUrl, String user, String password, int port, String label) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toString());
        Map<String, String> env = pb.environment();
        env.put("DATABASE_URL", dbUrl);
        env.put("DATABASE_USER", user);
        env.put("DATABASE_PASSWORD", password);
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("REGISTRY_ADMIN_TOKEN", UUID.randomUUID().toString());
        env.put("LOGGING_LEVEL_ROOT", "WARN");
        for (String s : List.of("FULL", "HEALTH", "THERMAL", "PRICING")) {
            env.put("REGISTRY_SCHEDULE_" + s + "_CRON", "0 0 0 1 1 ? 2099");
        }
        Files.createDirectories(Path.of("bench/out"));
        pb.redirectErrorStream(true);
        pb.redirectOutput(Path.of("bench/out/select-path-" + label + ".log").toFile());
        return pb.start();
    }

    static void awaitReady(String base, Process service, String label) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException(label + " exited; see bench/out/select-path-" + label + ".log");
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().startsWith("{\"status\":\"UP\"")) {
                    System.out.println(label + " ready");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(label + " not ready within 300 s");
    }

    static void admin(String url, String user, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url + "postgres", user, password)) {
            c.createStatement().execute(sql);
        }
    }

    /** One keep-alive HTTP/1.1 connection: status, body read by Content-Length or chunks. */
    static final class Raw {
        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Raw(String host, int port) {
            this.host = host;
            this.port = port;
        }

        int exchange(byte[] request) throws IOException {
            for (int attempt = 0; ; attempt++) {
                try {
                    if (socket == null) {
                        socket = new Socket(host, port);
                        socket.setTcpNoDelay(true);
                        socket.setSoTimeout(30_000);
                        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                        out = socket.getOutputStream();
                    }
                    out.write(request);
                    out.flush();
                    return response();
                } catch (IOException e) {
                    close();
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private int response() throws IOException {
            int code = Integer.parseInt(line().substring(9, 12));
            int length = 0;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    in.readNBytes(size);
                    line();
                }
                line();
            } else {
                in.readNBytes(length);
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

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
