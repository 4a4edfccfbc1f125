package io.radiant.registry.thermal;

/**
 * The new content of one thermal row: what the sync read ({@code before}), the endpoint name it asked
 * about, the reading, the target state after a reached warm-up is cleared, and whether the thermal state
 * ({@code current_state}, {@code is_transitioning} or {@code target_state}) changed. Unchanged rows are
 * still written: their check time, endpoint status and instance count are news.
 */
public record ThermalUpdate(ThermalRow before, String endpointName, ThermalReading reading, ThermalState targetState) {

    public String modelId() {
        return before.modelId();
    }

    public boolean changed() {
        return reading.state() != before.currentState()
                || reading.transitioning() != before.transitioning()
                || targetState != before.targetState();
    }
}
