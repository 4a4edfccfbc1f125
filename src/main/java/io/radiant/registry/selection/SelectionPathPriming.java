package io.radiant.registry.selection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends this instance's own selection API a few thousand explain requests over loopback before it reports ready,
 * so the JIT has compiled Tomcat, the security filters, the route and the ranking before the first caller arrives
 * (bench/RESULTS.md: unprimed, the first minute after readiness had a p99 19.5 times that of the next). Explain parses, ranks
 * and decides as select does, but starts no warm-up and counts in no selection metric. Priming only ever delays
 * readiness: a failed request or the time limit ends it, and the instance is ready anyway.
 */
public class SelectionPathPriming {

    private static final Logger log = LoggerFactory.getLogger(SelectionPathPriming.class);
    private static final String EXPLAIN_PATH = "/api/v2/registry/select/explain";

    private final SelectionData data;
    private final BooleanSupplier routesStarted;
    private final ObjectMapper json;
    private final int requests;
    private final Duration timeLimit;
    private final AtomicInteger answered = new AtomicInteger();
    private volatile boolean done;

    public SelectionPathPriming(SelectionData data, BooleanSupplier routesStarted, ObjectMapper json, int requests,
                                Duration timeLimit) {
        this.data = data;
        this.routesStarted = routesStarted;
        this.json = json;
        this.requests = Math.max(0, requests);
        this.timeLimit = timeLimit;
        this.done = this.requests == 0;
    }

    /** True once priming is over (or was never asked for): readiness no longer waits for it. */
    public boolean isDone() {
        return done;
    }

    public int answered() {
        return answered.get();
    }

    public int requests() {
        return requests;
    }

    /** Primes in the background; the web server on {@code port} and the routes are already started. */
    public void start(int port) {
        if (done) {
            return;
        }
        Thread thread = new Thread(() -> prime(port), "selection-priming");
        thread.setDaemon(true);
        thread.start();
    }

    private void prime(int port) {
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();
        try {
            // Camel starts its routes before the application is ready, except under CamelSpringBootTest
            while (!data.hasSnapshot() || !routesStarted.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    log.warn("Selection path not primed: no selection data or no started routes within {}", timeLimit);
                    return;
                }
                Thread.sleep(50);
            }
            List<String> bodies = bodies(data.snapshot(), json);
            if (bodies.isEmpty()) {
                return;
            }
            URI uri = URI.create("http://127.0.0.1:" + port + EXPLAIN_PATH);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            // one sender per CPU: the compilers get the profile sooner, and every CPU they share is busy anyway
            int senders = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            AtomicInteger next = new AtomicInteger();
            AtomicReference<String> failure = new AtomicReference<>();
            CountDownLatch finished = new CountDownLatch(senders);
            for (int s = 0; s < senders; s++) {
                Thread sender = new Thread(() -> {
                    try {
                        sendShare(client, uri, bodies, next, deadline, failure);
                    } finally {
                        finished.countDown();
                    }
                }, "selection-priming-" + s);
                sender.setDaemon(true);
                sender.start();
            }
            finished.await(timeLimit.toMillis() + 10_000, TimeUnit.MILLISECONDS);
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (failure.get() != null) {
                log.warn("Selection path priming stopped after {} of {} requests ({} ms): {}", answered.get(),
                        requests, tookMs, failure.get());
            } else {
                log.info("Selection path primed: {} of {} explain requests in {} ms", answered.get(), requests, tookMs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Selection path priming failed: {}", e.toString());
        } finally {
            done = true;
        }
    }

    /** Takes request numbers from {@code next} and sends them until all are sent, one fails or time is up. */
    private void sendShare(HttpClient client, URI uri, List<String> bodies, AtomicInteger next, long deadline,
                           AtomicReference<String> failure) {
        for (int i = next.getAndIncrement(); i < requests && failure.get() == null && System.nanoTime() < deadline;
             i = next.getAndIncrement()) {
            String problem = send(client, uri, bodies.get(i % bodies.size()));
            if (problem != null) {
                failure.compareAndSet(null, problem);
            } else {
                answered.incrementAndGet();
            }
        }
    }

    private static String send(HttpClient client, URI uri, String body) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return null;
            }
            String text = answer.body();
            return "explain answered " + answer.statusCode() + " " + text.substring(0, Math.min(200, text.length()));
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * Criteria that resemble real traffic over what the snapshot holds: for each task it has models of, that
     * task with its first model's modalities, once plain and once preferring self-hosted models under a
     * latency cap, so the ranking's branches are all compiled.
     */
    static List<String> bodies(RegistrySnapshot snapshot, ObjectMapper json) {
        List<String> bodies = new ArrayList<>();
        for (String task : SelectionCriteriaParser.TASKS) {
            CatalogModel model = snapshot.ofTask(task).stream()
                    .filter(m -> !m.inputModalities().isEmpty() && !m.outputModalities().isEmpty())
                    .findFirst().orElse(null);
            if (model == null) {
                continue;
            }
            ObjectNode plain = json.createObjectNode().put("task", task);
            model.inputModalities().forEach(plain.putArray("inputModality")::add);
            model.outputModalities().forEach(plain.putArray("outputModality")::add);
            plain.put("tenantTier", 5);
            bodies.add(plain.toString());
            bodies.add(plain.deepCopy().put("preferHosting", CatalogModel.SELF_HOSTED).put("maxLatencyMs", 60_000)
                    .toString());
        }
        return bodies;
    }
}
