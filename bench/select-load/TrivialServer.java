import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The machine's floor for select-load: an HTTP server that does nothing but answer every request with a fixed
 * selection-sized JSON body (the JDK's own server, TCP_NODELAY set by SelectLoad). Measured with the same
 * generator at the same rate, its latencies are what this machine, its kernel and the load generator cost
 * before any service work; the engine's figures are read against them.
 */
public class TrivialServer {

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
        byte[] body = ("{\"modelId\":\"accounts/fireworks/models/llama-v3p3-70b-instruct\",\"hostingType\":\"external\","
                + "\"providerId\":\"fireworks\",\"selectionReason\":\"primary\",\"registryAsOf\":\"2026-12-01T00:00:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
    }
}
