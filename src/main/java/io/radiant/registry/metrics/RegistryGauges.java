package io.radiant.registry.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's state as gauges (DESIGN.md §4.4): models, thermal states, provider health and latency,
 * last successful sync per type, outbox backlog, pending reviews. Every gauge reads one shared
 * {@link RegistryFigures}, loaded by one statement when a scrape finds it older than the cache period, so
 * the database sees at most one statement per period however many gauges and scrapers there are. Label
 * sets known in advance are registered once (a count of nothing reads 0); per-provider gauges follow the
 * providers each reading holds. When the database cannot be read, the last reading stays (and a warning
 * says so once), so a scrape never fails because of the database.
 */
public class RegistryGauges implements MeterBinder {

    static final List<String> HOSTING_TYPES = List.of("external", "self_hosted");
    static final List<String> MODEL_STATUSES = List.of("active", "deprecated", "disabled");
    static final List<String> THERMAL_STATES = List.of("HOT", "WARM", "COLD", "OFF");
    static final List<String> HEALTH_STATUSES = List.of("healthy", "degraded", "unhealthy", "unknown");
    static final List<String> SYNC_TYPES = List.of("full", "health", "thermal", "pricing");
    static final List<String> REVIEW_KINDS = List.of("new_model", "deprecation", "price_change",
            "metadata_change", "held_changes", "mass_discovery");

    private static final Logger LOG = LoggerFactory.getLogger(RegistryGauges.class);

    private final Supplier<RegistryFigures> loader;
    private final long ttlNanos;
    private final LongSupplier nanoClock;

    private volatile RegistryFigures figures = RegistryFigures.EMPTY;
    private volatile long loadedAt;
    private volatile boolean loadedOnce;
    private boolean failing;
    private MultiGauge providerHealth;
    private MultiGauge providerLatency;

    public RegistryGauges(Supplier<RegistryFigures> loader, Duration cacheTtl, LongSupplier nanoClock) {
        this.loader = loader;
        this.ttlNanos = cacheTtl.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String hosting : HOSTING_TYPES) {
            for (String status : MODEL_STATUSES) {
                gauge(registry, "registry.models", "Catalog models by hosting type and status",
                        Tags.of("hosting_type", hosting, "status", status), "models", hosting, status, 0);
            }
        }
        for (String state : THERMAL_STATES) {
            gauge(registry, "registry.thermal.models", "Enabled self-hosted models by the thermal state of their endpoint",
                    Tags.of("state", state), "thermal_models", state, null, 0);
        }
        for (String type : SYNC_TYPES) {
            gauge(registry, "registry.sync.last.success.timestamp.seconds",
                    "Completion time (Unix seconds) of the newest completed sync of the type, across instances; 0 = never",
                    Tags.of("type", type), "sync_last_success", type, null, 0);
        }
        gauge(registry, "registry.outbox.pending", "Events in the outbox not yet published to EventBridge",
                Tags.empty(), "outbox_pending", null, null, 0);
        gauge(registry, "registry.outbox.oldest.pending.age.seconds",
                "Age of the oldest unpublished outbox event; 0 when none waits",
                Tags.empty(), "outbox_oldest_pending_age", null, null, 0);
        gauge(registry, "registry.outbox.dead",
                "Events EventBridge refused for good, set aside after registry.events.max-refused-attempts attempts",
                Tags.empty(), "outbox_dead", null, null, 0);
        for (String kind : REVIEW_KINDS) {
            gauge(registry, "registry.review.pending", "Review queue entries waiting for a decision",
                    Tags.of("kind", kind), "review_pending", kind, null, 0);
        }
        providerHealth = MultiGauge.builder("registry.provider.health")
                .description("1 for the provider's current health status, 0 for the others").register(registry);
        providerLatency = MultiGauge.builder("registry.provider.latency.ms")
                .description("Provider latency from its health samples: EWMA average, p95 and p99 (ms)").register(registry);
        figures();
    }

    /** The current reading: the cached one, or a new one when it is older than the cache period. */
    RegistryFigures figures() {
        if (loadedOnce && nanoClock.getAsLong() - loadedAt < ttlNanos) {
            return figures;
        }
        synchronized (this) {
            if (!loadedOnce || nanoClock.getAsLong() - loadedAt >= ttlNanos) {
                load();
            }
            return figures;
        }
    }

    private void load() {
        try {
            RegistryFigures fresh = loader.get();
            figures = fresh;
            registerProviders(fresh);
            if (failing) {
                LOG.info("Registry metrics read the database again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Registry metrics cannot read the database ({}); gauges keep their last values",
                        e.getClass().getSimpleName());
                failing = true;
            }
        } finally {
            loadedAt = nanoClock.getAsLong();
            loadedOnce = true;
        }
    }

    private void registerProviders(RegistryFigures reading) {
        if (providerHealth == null) {
            return;
        }
        List<MultiGauge.Row<?>> health = new ArrayList<>();
        for (String provider : reading.firstLabels("provider_health")) {
            for (String status : HEALTH_STATUSES) {
                health.add(MultiGauge.Row.of(Tags.of("provider", provider, "status", status), this,
                        g -> g.figures().value("provider_health", provider, status, 0)));
            }
        }
        providerHealth.register(health, false);
        List<MultiGauge.Row<?>> latency = new ArrayList<>();
        for (RegistryFigures.Key key : reading.keys("provider_latency")) {
            latency.add(MultiGauge.Row.of(Tags.of("provider", key.a(), "stat", key.b()), this,
                    g -> g.figures().value("provider_latency", key.a(), key.b(), Double.NaN)));
        }
        providerLatency.register(latency, false);
    }

    private void gauge(MeterRegistry registry, String name, String description, Tags tags,
                       String metric, String a, String b, double absent) {
        Gauge.builder(name, this, g -> g.figures().value(metric, a, b, absent))
                .description(description).tags(tags).strongReference(true).register(registry);
    }
}
