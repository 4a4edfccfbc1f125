package io.radiant.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks selection for a chat model in a thread of its own while something else (a hostile upstream, a long
 * sync) runs, and remembers every answer that was not a 200. Selection is the product's one answer to the
 * orchestration engine: whatever a sync reads, it must keep answering. Use with try-with-resources and
 * assert {@link #failures()} is empty and {@link #answered()} is above zero after the attack.
 */
public final class SelectionProbe implements AutoCloseable {

    private static final String CHAT = "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":5}";

    private final Http http;
    private final Thread thread;
    private final AtomicInteger answered = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();
    private volatile boolean running = true;

    private SelectionProbe(int port, long pauseMillis) {
        this.http = new Http(port);
        this.thread = new Thread(() -> probe(pauseMillis), "selection-probe");
        this.thread.setDaemon(true);
    }

    /** What a sync run under a probe gave: its row of the sync log, and how long it took. */
    public record ProbedSync(Map<String, Object> log, Duration took) { }

    /**
     * Runs {@code sync} while selection is asked every 50 ms, from the probe's first answer on (the first answer
     * of a fresh context may take a while on a loaded machine), and asserts selection answered throughout.
     */
    public static ProbedSync during(int port, Supplier<Map<String, Object>> sync) {
        try (SelectionProbe probe = start(port)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.answered() > 0 || !probe.failures().isEmpty());
            long started = System.nanoTime();
            Map<String, Object> log = sync.get();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(probe.failures()).as("selection answered throughout").isEmpty();
            assertThat(probe.answered()).isPositive();
            return new ProbedSync(log, took);
        }
    }

    /** Starts probing the service on {@code port} every 50 ms. */
    public static SelectionProbe start(int port) {
        SelectionProbe probe = new SelectionProbe(port, 50);
        probe.thread.start();
        return probe;
    }

    private void probe(long pauseMillis) {
        while (running) {
            try {
                Http.Answer a = http.postJson("/api/v2/registry/select", CHAT);
                if (a.status() == 200) {
                    answered.incrementAndGet();
                } else {
                    record(a.status() + " " + a.body());
                }
            } catch (RuntimeException | AssertionError e) {
                // an answer off the contract (support/ContractAssert) is a failure too, not a silently dead probe
                record(e.toString());
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(String failure) {
        if (failures.size() < 20) {
            failures.add(failure);
        }
    }

    /** Selections answered 200 so far. */
    public int answered() {
        return answered.get();
    }

    /** The first (at most 20) answers that were not a 200, or the errors of calls that got no answer. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
