package io.radiant.registry.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gauges' caching, label sets and behaviour on a database failure, without a database. */
class RegistryGaugesTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicReference<List<Map<String, Object>>> rows = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private SimpleMeterRegistry registry;

    @BeforeEach
    void bind() {
        rows.set(List.of(
                row("models", "external", "active", 90),
                row("models", "self_hosted", "active", 56),
                row("thermal_models", "HOT", null, 3),
                row("provider_health", "openai", "degraded", 1),
                row("provider_health", "anthropic", "unknown", 1),
                row("provider_latency", "openai", "p95", 812),
                row("sync_last_success", "health", null, 1_764_000_000),
                row("outbox_pending", null, null, 4),
                row("review_pending", "new_model", null, 2)));
        registry = new SimpleMeterRegistry();
        new RegistryGauges(() -> {
            loads.incrementAndGet();
            if (failure.get() != null) {
                throw failure.get();
            }
            return RegistryFigures.of(rows.get());
        }, Duration.ofSeconds(5), nanos::get).bindTo(registry);
    }

    @Test
    void oneReadingServesEveryGaugeUntilTheCachePeriodEnds() {
        assertThat(loads).hasValue(1);
        readAll();
        readAll();
        assertThat(loads).as("every gauge of two scrapes within the period").hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        readAll();
        assertThat(loads).as("the first gauge read after the period loads once for all").hasValue(2);
    }

    @Test
    void knownLabelSetsExistFromTheStartAndCountNothingAsZero() {
        assertThat(value("registry.models", "hosting_type", "external", "status", "active")).isEqualTo(90);
        assertThat(value("registry.models", "hosting_type", "external", "status", "deprecated")).isZero();
        assertThat(value("registry.thermal.models", "state", "HOT")).isEqualTo(3);
        assertThat(value("registry.thermal.models", "state", "OFF")).isZero();
        assertThat(value("registry.sync.last.success.timestamp.seconds", "type", "health")).isEqualTo(1_764_000_000);
        assertThat(value("registry.sync.last.success.timestamp.seconds", "type", "pricing")).as("never").isZero();
        assertThat(value("registry.outbox.pending")).isEqualTo(4);
        assertThat(value("registry.outbox.oldest.pending.age.seconds")).isZero();
        assertThat(value("registry.review.pending", "kind", "new_model")).isEqualTo(2);
        assertThat(value("registry.review.pending", "kind", "price_change")).isZero();
        assertThat(registry.find("registry.models").gauges()).hasSize(6);
        assertThat(registry.find("registry.thermal.models").gauges()).hasSize(4);
    }

    @Test
    void providerHealthIsOneForTheCurrentStatusAndLatencyOnlyWhereMeasured() {
        assertThat(value("registry.provider.health", "provider", "openai", "status", "degraded")).isEqualTo(1);
        assertThat(value("registry.provider.health", "provider", "openai", "status", "healthy")).isZero();
        assertThat(value("registry.provider.health", "provider", "anthropic", "status", "unknown")).isEqualTo(1);
        assertThat(registry.find("registry.provider.health").gauges()).hasSize(8);
        assertThat(value("registry.provider.latency.ms", "provider", "openai", "stat", "p95")).isEqualTo(812);
        assertThat(registry.find("registry.provider.latency.ms").gauges()).hasSize(1);
    }

    @Test
    void providersFollowEachReading() {
        List<Map<String, Object>> next = new ArrayList<>(rows.get());
        next.removeIf(r -> "anthropic".equals(r.get("label_a")));
        next.add(row("provider_health", "mistral", "healthy", 1));
        next.add(row("provider_latency", "mistral", "avg", 120));
        rows.set(next);
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        readAll();

        assertThat(value("registry.provider.health", "provider", "mistral", "status", "healthy")).isEqualTo(1);
        assertThat(registry.find("registry.provider.health").tag("provider", "anthropic").gauges()).isEmpty();
        assertThat(value("registry.provider.latency.ms", "provider", "mistral", "stat", "avg")).isEqualTo(120);
    }

    @Test
    void aDatabaseFailureKeepsTheLastReadingAndIsRetriedAfterThePeriod() {
        failure.set(new IllegalStateException("connection refused"));
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(value("registry.outbox.pending")).isEqualTo(4);
        assertThat(value("registry.outbox.pending")).isEqualTo(4);
        assertThat(loads).as("a failing database is not asked again within the period").hasValue(2);

        failure.set(null);
        rows.set(List.of(row("outbox_pending", null, null, 7)));
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(value("registry.outbox.pending")).isEqualTo(7);
    }

    private void readAll() {
        for (Meter meter : registry.getMeters()) {
            meter.measure().forEach(m -> m.getValue());
        }
    }

    private double value(String name, String... tags) {
        Gauge gauge = registry.find(name).tags(tags).gauge();
        assertThat(gauge).as(name + " " + String.join(",", tags)).isNotNull();
        return gauge.value();
    }

    private static Map<String, Object> row(String metric, String a, String b, double value) {
        Map<String, Object> row = new HashMap<>();
        row.put("metric", metric);
        row.put("label_a", a);
        row.put("label_b", b);
        row.put("value", value);
        return row;
    }
}
