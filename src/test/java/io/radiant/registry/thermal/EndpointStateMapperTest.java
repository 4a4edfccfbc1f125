package io.radiant.registry.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointStateMapperTest {

    private final EndpointStateMapper mapper = new EndpointStateMapper();

    @ParameterizedTest(name = "InService with {0} instances, min_instances {1} → {2}")
    @CsvSource({
            "0, 0, WARM",
            "1, 0, WARM",
            "2, 0, HOT",
            "3, 0, HOT",
            "1, 1, WARM",
            "2, 1, HOT",
            "2, 2, WARM",
            "3, 2, HOT",
            "5, 5, WARM",
    })
    void inServiceIsWarmOrHotAboveItsMinimumInstancesAndAtLeastTwo(int instances, int minInstances, ThermalState expected) {
        ThermalReading reading = read(described("InService", instances, null), ThermalState.COLD, minInstances).orElseThrow();

        assertThat(reading.state()).isEqualTo(expected);
        assertThat(reading.transitioning()).isFalse();
        assertThat(reading.endpointStatus()).isEqualTo("InService");
        assertThat(reading.instanceCount()).isEqualTo(instances);
        assertThat(reading.lastError()).isNull();
    }

    @Test
    void inServiceWithoutProductionVariantsIsWarm() {
        assertThat(read(described("InService", null, null), ThermalState.OFF, 0).orElseThrow().state())
                .isEqualTo(ThermalState.WARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Creating", "Updating", "SystemUpdating", "RollingBack"})
    void changingEndpointsKeepTheirStateAndAreTransitioning(String status) {
        for (ThermalState current : ThermalState.values()) {
            ThermalReading reading = read(described(status, 1, null), current, 0).orElseThrow();

            assertThat(reading.state()).isEqualTo(current);
            assertThat(reading.transitioning()).isTrue();
            assertThat(reading.endpointStatus()).isEqualTo(status);
            assertThat(reading.lastError()).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Failed", "OutOfService", "Deleting", "UpdateRollbackFailed"})
    void unusableEndpointsAreOffWithTheirFailureReason(String status) {
        ThermalReading reading = read(described(status, 0, "Unable to provision requested ML compute capacity."),
                ThermalState.HOT, 0).orElseThrow();

        assertThat(reading.state()).isEqualTo(ThermalState.OFF);
        assertThat(reading.transitioning()).isFalse();
        assertThat(reading.endpointStatus()).isEqualTo(status);
        assertThat(reading.lastError()).isEqualTo("Unable to provision requested ML compute capacity.");
    }

    @Test
    void anUnusableEndpointWithoutAReasonSaysItsStatus() {
        assertThat(read(described("Deleting", 0, null), ThermalState.WARM, 0).orElseThrow().lastError())
                .isEqualTo("Endpoint is Deleting");
    }

    @Test
    void aMissingEndpointIsOff() {
        EndpointObservation notFound = EndpointObservation.failed("esmfold", "radiant-esmfold", 400, "ValidationException",
                "Could not find endpoint \"arn:aws:sagemaker:us-east-1:123456789012:endpoint/radiant-esmfold\".",
                "ValidationException (HTTP 400)");

        ThermalReading reading = read(notFound, ThermalState.WARM, 0).orElseThrow();

        assertThat(reading.state()).isEqualTo(ThermalState.OFF);
        assertThat(reading.transitioning()).isFalse();
        assertThat(reading.endpointStatus()).isNull();
        assertThat(reading.lastError()).isNull();
    }

    @ParameterizedTest(name = "HTTP {0} {1} \"{2}\" leaves the state as it was")
    @CsvSource(delimiter = '|', value = {
            "400 | ValidationException     | Endpoint name must match the pattern",
            "400 | ThrottlingException     | Rate exceeded",
            "500 | InternalFailure         | We encountered an internal error",
            "503 | ServiceUnavailable      | Service unavailable",
            "403 | AccessDeniedException   | Could not find endpoint in a policy",
            "400 | UnrecognizedClientException | The security token included in the request is invalid",
    })
    void anyOtherErrorGivesNoReading(int status, String code, String message) {
        EndpointObservation error = EndpointObservation.failed("m", "radiant-m", status, code, message, code);

        assertThat(read(error, ThermalState.WARM, 0)).isEmpty();
        assertThat(mapper.unreadable(error)).isEqualTo("m: " + code);
    }

    @Test
    void aNetworkErrorOrTimeoutGivesNoReading() {
        EndpointObservation timeout = EndpointObservation.failed("m", "radiant-m", null, null,
                "Client execution did not complete before the specified timeout configuration: 2000 millis",
                "ApiCallTimeoutException: Client execution did not complete");

        assertThat(read(timeout, ThermalState.HOT, 0)).isEmpty();
    }

    @Test
    void anUnknownStatusGivesNoReadingAndIsReported() {
        EndpointObservation odd = described("Hibernating", 1, null);

        assertThat(read(odd, ThermalState.WARM, 0)).isEmpty();
        assertThat(mapper.unreadable(odd)).isEqualTo("m: unknown EndpointStatus 'Hibernating', state kept");
    }

    @Test
    void notFoundNeedsStatusCodeAndMessagePrefix() {
        assertThat(EndpointStateMapper.isEndpointNotFound(400, "ValidationException", "Could not find endpoint x")).isTrue();
        assertThat(EndpointStateMapper.isEndpointNotFound(500, "ValidationException", "Could not find endpoint x")).isFalse();
        assertThat(EndpointStateMapper.isEndpointNotFound(400, "ResourceNotFound", "Could not find endpoint x")).isFalse();
        assertThat(EndpointStateMapper.isEndpointNotFound(400, "ValidationException", "could not find endpoint x")).isFalse();
        assertThat(EndpointStateMapper.isEndpointNotFound(null, "ValidationException", "Could not find endpoint x")).isFalse();
        assertThat(EndpointStateMapper.isEndpointNotFound(400, "ValidationException", null)).isFalse();
    }

    private Optional<ThermalReading> read(EndpointObservation observation, ThermalState current, int minInstances) {
        return mapper.map(observation, current, minInstances);
    }

    private static EndpointObservation described(String status, Integer instances, String failureReason) {
        return EndpointObservation.described("m", "radiant-m", status, instances, failureReason);
    }
}
