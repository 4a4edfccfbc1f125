package io.radiant.registry.thermal;

import io.radiant.registry.system.Texts;
import io.radiant.registry.upstream.UpstreamText;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantSummary;

/**
 * Asks SageMaker about one model's endpoint ({@code prefix + model_id}) and never throws an SDK error:
 * every failure becomes an {@link EndpointObservation} carrying the HTTP status, the AWS error code and
 * a one-line summary (error code or exception class, attempts; no request ids, no credentials; for an answer
 * without an AWS error code, its first line, escaped and cut).
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

    public SageMakerEndpointProbe(SageMakerClient sageMaker, ThermalProperties thermal) {
        this.sageMaker = sageMaker;
        this.prefix = thermal.endpointPrefix();
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
            String summary = code != null
                    ? code + " (HTTP " + e.statusCode() + ")" + attempts(e)
                    // no AWS error shape (a proxy's or a server's own page): what came back is the only clue
                    : "AWS error (HTTP " + e.statusCode() + ")" + attempts(e) + ": " + answerOf(details);
            return EndpointObservation.failed(row.modelId(), endpointName, e.statusCode(), code, message, summary);
        } catch (SdkException e) {
            String summary = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + attempts(e);
            return EndpointObservation.failed(row.modelId(), endpointName, null, null, e.getMessage(), summary);
        }
    }

    /** The first line of an error answer without an AWS error code, escaped and cut like every upstream text. */
    static String answerOf(AwsErrorDetails details) {
        SdkBytes raw = details == null ? null : details.rawResponse();
        String text = raw == null ? null : raw.asUtf8String();
        if (text == null || text.isBlank()) {
            return "empty answer";
        }
        return UpstreamText.escape(text.strip().lines().findFirst().orElse(""), LONGEST_MESSAGE);
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
