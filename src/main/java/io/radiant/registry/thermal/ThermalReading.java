package io.radiant.registry.thermal;

/**
 * The thermal state an endpoint observation stands for: the state, whether the endpoint is changing,
 * the endpoint's status and instances as AWS reported them, and the failure reason of a failed endpoint.
 */
public record ThermalReading(ThermalState state, boolean transitioning, String endpointStatus,
                             Integer instanceCount, String lastError) {
}
