package io.radiant.registry.thermal;

/**
 * Readiness of a self-hosted model's SageMaker endpoint, as stored in {@code thermal_states.current_state}.
 * OFF: no usable endpoint · COLD: scaled to zero (the seeded default) · WARM: in service · HOT: in service
 * above its minimum instances.
 */
public enum ThermalState {
    OFF, COLD, WARM, HOT;

    /** WARM and HOT endpoints answer requests without a warm-up. */
    public boolean isReady() {
        return this == WARM || this == HOT;
    }
}
