package io.radiant.registry.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantSummary;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

/** The probe's translation of SDK answers and errors, with an in-memory SageMaker client (no HTTP). */
class SageMakerEndpointProbeTest {

    private static final ThermalRow ROW = new ThermalRow("llama-3.3-70b", 0, ThermalState.COLD, null, false, null, null, null);

    @Test
    void asksForThePrefixedEndpointAndSumsTheInstancesOfEveryVariant() {
        StringBuilder asked = new StringBuilder();
        SageMakerEndpointProbe probe = probe("test-", request -> {
            asked.append(request.endpointName());
            return DescribeEndpointResponse.builder().endpointStatus("InService").productionVariants(
                    ProductionVariantSummary.builder().variantName("a").currentInstanceCount(2).build(),
                    ProductionVariantSummary.builder().variantName("b").currentInstanceCount(1).build(),
                    ProductionVariantSummary.builder().variantName("serverless").build()).build();
        });

        EndpointObservation observation = probe.describe(ROW);

        assertThat(asked).hasToString("test-llama-3.3-70b");
        assertThat(observation).isEqualTo(EndpointObservation.described("llama-3.3-70b", "test-llama-3.3-70b",
                "InService", 3, null));
    }

    @Test
    void anEndpointWithoutVariantsHasNoInstanceCountAndKeepsItsFailureReason() {
        EndpointObservation observation = probe("radiant-", request -> DescribeEndpointResponse.builder()
                .endpointStatus("Failed").failureReason("Out of capacity").build()).describe(ROW);

        assertThat(observation.instanceCount()).isNull();
        assertThat(observation.endpointStatus()).isEqualTo("Failed");
        assertThat(observation.failureReason()).isEqualTo("Out of capacity");
    }

    @Test
    void anAwsErrorBecomesAnObservationWithItsCodeStatusAndAttempts() {
        EndpointObservation observation = probe("radiant-", request -> {
            throw SageMakerException.builder().statusCode(400).numAttempts(3)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException")
                            .errorMessage("Rate exceeded").build())
                    .build();
        }).describe(ROW);

        assertThat(observation.isError()).isTrue();
        assertThat(observation.httpStatus()).isEqualTo(400);
        assertThat(observation.errorCode()).isEqualTo("ThrottlingException");
        assertThat(observation.errorMessage()).isEqualTo("Rate exceeded");
        assertThat(observation.errorSummary()).isEqualTo("ThrottlingException (HTTP 400) after 3 attempts");
    }

    @Test
    void theNotFoundAnswerKeepsTheMessageTheMapperRecognises() {
        EndpointObservation observation = probe("radiant-", request -> {
            throw SageMakerException.builder().statusCode(400).numAttempts(1)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException")
                            .errorMessage("Could not find endpoint \"radiant-llama-3.3-70b\".").build())
                    .build();
        }).describe(ROW);

        assertThat(observation.errorSummary()).isEqualTo("ValidationException (HTTP 400)");
        assertThat(new EndpointStateMapper().map(observation, ThermalState.WARM, 0))
                .hasValueSatisfying(reading -> assertThat(reading.state()).isEqualTo(ThermalState.OFF));
    }

    @Test
    void anAnswerWithoutAnAwsErrorCodeIsSummarisedByItsFirstLineEscapedAndCut() {
        EndpointObservation page = probe("radiant-", request -> {
            throw SageMakerException.builder().statusCode(400).numAttempts(1)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .rawResponse(SdkBytes.fromUtf8String("<html>Bad Request\u0007</html>\n<body>" + "x".repeat(500)))
                            .build())
                    .build();
        }).describe(ROW);
        EndpointObservation empty = probe("radiant-", request -> {
            throw SageMakerException.builder().statusCode(502).numAttempts(3).build();
        }).describe(ROW);

        assertThat(page.errorCode()).isNull();
        assertThat(page.errorSummary()).isEqualTo("AWS error (HTTP 400): <html>Bad Request\\u0007</html>");
        assertThat(empty.errorSummary()).isEqualTo("AWS error (HTTP 502) after 3 attempts: empty answer");
        assertThat(SageMakerEndpointProbe.answerOf(AwsErrorDetails.builder()
                .rawResponse(SdkBytes.fromUtf8String("y".repeat(500))).build())).hasSize(200).endsWith("…");
    }

    @Test
    void aClientErrorIsSummarisedOnOneShortLine() {
        EndpointObservation observation = probe("radiant-", request -> {
            throw SdkClientException.builder().numAttempts(3)
                    .message("Unable to execute HTTP request: Connection reset (SDK Attempt Count: 3)\nat line two")
                    .build();
        }).describe(ROW);

        assertThat(observation.httpStatus()).isNull();
        assertThat(observation.errorSummary())
                .isEqualTo("SdkClientException: Unable to execute HTTP request: Connection reset after 3 attempts");
    }

    @Test
    void longMessagesAreCut() {
        assertThat(SageMakerEndpointProbe.firstLine("x".repeat(500))).hasSize(200).endsWith("…");
        assertThat(SageMakerEndpointProbe.firstLine(null)).isEqualTo("no message");
    }

    private static SageMakerEndpointProbe probe(String prefix, Function<DescribeEndpointRequest, DescribeEndpointResponse> answer) {
        SageMakerClient client = new SageMakerClient() {
            @Override
            public DescribeEndpointResponse describeEndpoint(DescribeEndpointRequest request) {
                return answer.apply(request);
            }

            @Override
            public String serviceName() {
                return "sagemaker";
            }

            @Override
            public void close() {
            }
        };
        // only the prefix matters to the probe; retries and timeouts belong to the client
        return new SageMakerEndpointProbe(client, new ThermalProperties(prefix, 1, 1, null, null, null, null));
    }
}
