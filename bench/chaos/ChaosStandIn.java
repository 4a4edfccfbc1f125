import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-ins for the chaos run (bench/chaos.sh), on 127.0.0.1 only, JDK only (run as a single-file program):
 *
 *   GET  /{provider}/v1/models   an OpenAI-compatible list, slow (providerDelayMs). Every call lists a new
 *                                generation of 5 ids, so every applied diff queues exactly 5 review rows for
 *                                that provider: a count that moved by anything but 0 or 5 is a half diff.
 *   POST /  X-Amz-Target AWSEvents.PutEvents       accepts every entry, appends one JSON line per entry
 *                                                  (detailType, syncId) to the events file
 *   POST /  X-Amz-Target SageMaker.DescribeEndpoint InService, after sagemakerDelayMs
 *
 * Usage: java ChaosStandIn.java PORT EVENTS_FILE PROVIDER_DELAY_MS SAGEMAKER_DELAY_MS
 */
public class ChaosStandIn {

    private static final Pattern ENTRY_DETAIL_TYPE = Pattern.compile("\"DetailType\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\\\\\"syncId\\\\\"\\s*:\\s*\\\\\"([0-9a-f-]{36})\\\\\"");
    private static final Pattern ENDPOINT = Pattern.compile("\"EndpointName\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path events = Path.of(args[1]);
        long providerDelay = Long.parseLong(args[2]);
        long sagemakerDelay = Long.parseLong(args[3]);
        Map<String, AtomicInteger> generations = new ConcurrentHashMap<>();

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/", exchange -> {
            try {
                String path = exchange.getRequestURI().getPath();
                String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
                if ("GET".equals(exchange.getRequestMethod()) && path.endsWith("/v1/models")) {
                    String provider = path.substring(1, path.indexOf('/', 1));
                    int generation = generations.computeIfAbsent(provider, p -> new AtomicInteger()).incrementAndGet();
                    sleep(providerDelay);
                    StringBuilder list = new StringBuilder("{\"object\":\"list\",\"data\":[");
                    for (int i = 1; i <= 5; i++) {
                        list.append(i > 1 ? "," : "").append("{\"id\":\"").append(provider).append("-g").append(generation)
                                .append("-m").append(i).append("\",\"object\":\"model\",\"owned_by\":\"chaos\"}");
                    }
                    answer(exchange, 200, "application/json", list.append("]}").toString());
                } else if ("AWSEvents.PutEvents".equals(target)) {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    StringBuilder lines = new StringBuilder();
                    StringBuilder results = new StringBuilder();
                    int entries = 0;
                    // entries are in order: each DetailType is followed by its Detail (with the syncId, when it has one)
                    Matcher types = ENTRY_DETAIL_TYPE.matcher(body);
                    int from = 0;
                    while (types.find(from)) {
                        Matcher next = ENTRY_DETAIL_TYPE.matcher(body);
                        int end = next.find(types.end()) ? next.start() : body.length();
                        int start = body.lastIndexOf('{', types.start());
                        String entry = body.substring(Math.max(0, start), end);
                        Matcher sync = SYNC_ID.matcher(entry);
                        lines.append("{\"detailType\":\"").append(types.group(1)).append("\",\"syncId\":")
                                .append(sync.find() ? "\"" + sync.group(1) + "\"" : "null").append("}\n");
                        results.append(entries++ > 0 ? "," : "").append("{\"EventId\":\"").append(UUID.randomUUID()).append("\"}");
                        from = types.end();
                    }
                    synchronized (ChaosStandIn.class) {
                        Files.writeString(events, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }
                    answer(exchange, 200, "application/x-amz-json-1.1",
                            "{\"FailedEntryCount\":0,\"Entries\":[" + results + "]}");
                } else if ("SageMaker.DescribeEndpoint".equals(target)) {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    Matcher name = ENDPOINT.matcher(body);
                    String endpoint = name.find() ? name.group(1) : "unknown";
                    sleep(sagemakerDelay);
                    answer(exchange, 200, "application/x-amz-json-1.1", "{\"EndpointName\":\"" + endpoint + "\","
                            + "\"EndpointArn\":\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/" + endpoint + "\","
                            + "\"EndpointConfigName\":\"" + endpoint + "-config\",\"EndpointStatus\":\"InService\","
                            + "\"ProductionVariants\":[{\"VariantName\":\"AllTraffic\",\"CurrentWeight\":1.0,\"DesiredWeight\":1.0,"
                            + "\"CurrentInstanceCount\":1,\"DesiredInstanceCount\":1}],"
                            + "\"CreationTime\":1763510400.123,\"LastModifiedTime\":1764028800.456}");
                } else {
                    answer(exchange, 404, "application/json", "{\"error\":\"not stood in for\"}");
                }
            } catch (RuntimeException | IOException e) {
                e.printStackTrace(new PrintWriter(System.err, true));
                answer(exchange, 500, "application/json", "{\"error\":\"stand-in failed\"}");
            }
        });
        server.start();
        System.out.println("chaos stand-in on 127.0.0.1:" + port);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
