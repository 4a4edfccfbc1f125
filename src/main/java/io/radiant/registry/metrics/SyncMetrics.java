package io.radiant.registry.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

/**
 * Duration of the syncs this instance ran, by type and outcome: a Timer {@code registry.sync.duration},
 * exported as {@code registry_sync_duration_seconds_count|_sum|_max{type,status}}. Called by name from
 * {@code routes/sync-lifecycle.camel.yaml} when a sync completes or fails. Every type × outcome exists from the
 * start (count 0), so a rate over it is defined before the first sync.
 */
public class SyncMetrics implements MeterBinder {

    static final List<String> OUTCOMES = List.of("completed", "failed");

    private final Clock clock;
    private MeterRegistry registry;

    public SyncMetrics(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        this.registry = meterRegistry;
        for (String type : RegistryGauges.SYNC_TYPES) {
            for (String outcome : OUTCOMES) {
                timer(type, outcome);
            }
        }
    }

    /**
     * A sync of that type ended with that outcome; it started at {@code startedAt} (null when the sync did
     * not pass through sync-run, which then has no duration to record). Unknown types are not recorded, so
     * the label set stays the four types.
     */
    public void ended(String syncType, String outcome, Date startedAt) {
        if (registry == null || syncType == null || outcome == null || startedAt == null || !RegistryGauges.SYNC_TYPES.contains(syncType)
                || !OUTCOMES.contains(outcome)) {
            return;
        }
        Duration took = Duration.between(startedAt.toInstant(), clock.instant());
        timer(syncType, outcome).record(took.isNegative() ? Duration.ZERO : took);
    }

    private Timer timer(String type, String outcome) {
        return Timer.builder("registry.sync.duration")
                .description("Syncs run by this instance, from start to completion or failure")
                .tags("type", type, "status", outcome)
                .register(registry);
    }
}
