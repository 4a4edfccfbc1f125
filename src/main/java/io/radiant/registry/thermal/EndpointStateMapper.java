package io.radiant.registry.thermal;

import java.util.Optional;
import java.util.Set;

/**
 * The thermal state an answer of SageMaker DescribeEndpoint stands for (docs/thermal.md):
 *
 * <ul>
 *   <li>{@code InService} → WARM, or HOT when the endpoint runs more than its minimum instances
 *       ({@code CurrentInstanceCount} summed over the production variants {@code > min_instances} and at
 *       least 2);</li>
 *   <li>{@code Creating}, {@code Updating}, {@code SystemUpdating}, {@code RollingBack} → the current state,
 *       transitioning;</li>
 *   <li>{@code Failed}, {@code OutOfService}, {@code Deleting}, {@code UpdateRollbackFailed} → OFF, with
 *       the failure reason kept;</li>
 *   <li>endpoint not found (HTTP 400 {@code ValidationException} "Could not find endpoint…") → OFF;</li>
 *   <li>any other error, and a status this class does not know → no reading: the state stays as it was
 *       and the sync reports the error. AWS not answering never turns a model OFF.</li>
 * </ul>
 */
public final class EndpointStateMapper {

    static final String NOT_FOUND_CODE = "ValidationException";
    static final String NOT_FOUND_PREFIX = "Could not find endpoint";

    private static final Set<String> TRANSITIONING = Set.of("Creating", "Updating", "SystemUpdating", "RollingBack");
    private static final Set<String> UNUSABLE = Set.of("Failed", "OutOfService", "Deleting", "UpdateRollbackFailed");
    private static final int HOT_MINIMUM_INSTANCES = 2;

    /**
     * @param current      the state recorded before this observation (kept while the endpoint changes)
     * @param minInstances the model's {@code self_hosted_models.min_instances}
     * @return the reading, or empty when the observation says nothing about the endpoint (AWS could not be asked)
     */
    public Optional<ThermalReading> map(EndpointObservation observation, ThermalState current, int minInstances) {
        if (observation.isError()) {
            if (isEndpointNotFound(observation.httpStatus(), observation.errorCode(), observation.errorMessage())) {
                return Optional.of(new ThermalReading(ThermalState.OFF, false, null, null, null));
            }
            return Optional.empty();
        }
        String status = observation.endpointStatus();
        Integer instances = observation.instanceCount();
        if ("InService".equals(status)) {
            int running = instances == null ? 0 : instances;
            ThermalState state = running > minInstances && running >= HOT_MINIMUM_INSTANCES
                    ? ThermalState.HOT : ThermalState.WARM;
            return Optional.of(new ThermalReading(state, false, status, instances, null));
        }
        if (TRANSITIONING.contains(status)) {
            return Optional.of(new ThermalReading(current, true, status, instances, null));
        }
        if (UNUSABLE.contains(status)) {
            String reason = observation.failureReason() == null || observation.failureReason().isBlank()
                    ? "Endpoint is " + status
                    : observation.failureReason();
            return Optional.of(new ThermalReading(ThermalState.OFF, false, status, instances, reason));
        }
        return Optional.empty();
    }

    /** SageMaker's answer for an endpoint that does not exist: HTTP 400, ValidationException, "Could not find endpoint…". */
    public static boolean isEndpointNotFound(Integer httpStatus, String errorCode, String message) {
        return httpStatus != null && httpStatus == 400
                && NOT_FOUND_CODE.equals(errorCode)
                && message != null && message.startsWith(NOT_FOUND_PREFIX);
    }

    /** The sync-log line for an observation without a reading. */
    public String unreadable(EndpointObservation observation) {
        if (observation.isError()) {
            return observation.modelId() + ": " + observation.errorSummary();
        }
        return observation.modelId() + ": unknown EndpointStatus '" + observation.endpointStatus() + "', state kept";
    }
}
