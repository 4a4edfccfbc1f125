package io.radiant.registry.thermal;

/**
 * What asking SageMaker about one model's endpoint gave: either a description (status, instances summed
 * over the production variants, failure reason) or an error (HTTP status, AWS error code, message and a
 * short, secret-free summary for the sync log). Built by {@link SageMakerEndpointProbe}; interpreted
 * only by {@link EndpointStateMapper}.
 */
public record EndpointObservation(String modelId, String endpointName, String endpointStatus, Integer instanceCount,
                                  String failureReason, Integer httpStatus, String errorCode, String errorMessage,
                                  String errorSummary) {

    public static EndpointObservation described(String modelId, String endpointName, String endpointStatus,
                                                Integer instanceCount, String failureReason) {
        return new EndpointObservation(modelId, endpointName, endpointStatus, instanceCount, failureReason,
                null, null, null, null);
    }

    public static EndpointObservation failed(String modelId, String endpointName, Integer httpStatus,
                                             String errorCode, String errorMessage, String errorSummary) {
        return new EndpointObservation(modelId, endpointName, null, null, null,
                httpStatus, errorCode, errorMessage, errorSummary);
    }

    public boolean isError() {
        return endpointStatus == null;
    }
}
