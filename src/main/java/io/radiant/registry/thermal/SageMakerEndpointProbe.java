package io.radiant.registry.thermal;

import io.radiant.registry.system.Texts;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantSummary;

/**
 * Asks SageMaker about one model's endpoint ({@code prefix + model_id}) and never throws an SDK error:
 * every failure becomes an {@link EndpointObservation} carrying the HTTP status, the AWS error code and
 * a one-line summary (error code or exception class, attempts; no request ids, no credentials).
 * Retries of throttling and 5xx, their backoff and the timeouts belong to the client (see
 * {@code AwsConfiguration#sageMakerClient}).
 */
@Component("thermalProbe")
public class SageMakerEndpointProbe {

    private static final int LONGEST_MESSAGE = 200;
    /** The SDK appends the attempt count to client errors' messages; the summary says it once, at the end. */
    private static final Pattern SDK_ATTEMPT_COUNT = Pattern.compile("\\s*\\(SDK Attempt Count: \\d+\\)");

    private final SageMakerClient sageMaker;
    private final String prefix;

    public SageMakerEndpointProbe(SageMakerClient sageMaker,
                                  @Value("${registry.thermal.endpoint-prefix:radiant-}") String prefix) {
        this.sageMaker = sageMaker;
        this.prefix = prefix;
    }

    public EndpointObservation describe(ThermalRow row) {
        String endpointName = prefix + row.modelId();
        try {
            DescribeEndpointResponse endpoint = sageMaker.describeEndpoint(b -> b.endpointName(endpointName));
            Integer instances = endpoint.hasProductionVariants()
                    ? endpoint.productionVariants().stream()
                        .map(ProductionVariantSummary::currentInstanceCount)
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .sum()
                    : null;
            return EndpointObservation.described(row.modelId(), endpointName, endpoint.endpointStatusAsString(),
                    instances, endpoint.failureReason());
        } catch (AwsServiceException e) {
            AwsErrorDetails details = e.awsErrorDetails();
            String code = details == null ? null : details.errorCode();
            String message = details == null ? null : details.errorMessage();
            String summary = (code == null ? "AWS error" : code) + " (HTTP " + e.statusCode() + ")" + attempts(e);
            return EndpointObservation.failed(row.modelId(), endpointName, e.statusCode(), code, message, summary);
        } catch (SdkException e) {
            String summary = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + attempts(e);
            return EndpointObservation.failed(row.modelId(), endpointName, null, null, e.getMessage(), summary);
        }
    }

    private static String attempts(SdkException e) {
        Integer attempts = e.numAttempts();
        return attempts == null || attempts < 2 ? "" : " after " + attempts + " attempts";
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        String line = SDK_ATTEMPT_COUNT.matcher(message.strip().lines().findFirst().orElse("")).replaceAll("");
        return Texts.shorten(line, LONGEST_MESSAGE);
    }
}
