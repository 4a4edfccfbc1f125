package io.radiant.registry.selection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code registry_selections_total{reason}} (DESIGN.md §4.4). All five counters are registered up front, so
 * dashboards see zeros rather than missing series, and kept as fields: the hot path increments one without
 * a registry lookup.
 */
public final class SelectionMetrics {

    private static final String NAME = "registry.selections";

    final Counter primary;
    final Counter readyAlternative;
    final Counter primaryNeedsWarmup;
    final Counter taskDefault;
    final Counter none;

    public SelectionMetrics(MeterRegistry registry) {
        primary = counter(registry, SelectedModel.PRIMARY);
        readyAlternative = counter(registry, SelectedModel.READY_ALTERNATIVE);
        primaryNeedsWarmup = counter(registry, SelectedModel.PRIMARY_NEEDS_WARMUP);
        taskDefault = counter(registry, SelectedModel.TASK_DEFAULT);
        none = counter(registry, SelectedModel.NONE);
    }

    private static Counter counter(MeterRegistry registry, String reason) {
        return Counter.builder(NAME)
                .description("Selections answered, by why the model was chosen (none: 404)")
                .tag("reason", reason)
                .register(registry);
    }
}
