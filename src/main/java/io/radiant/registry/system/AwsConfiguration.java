package io.radiant.registry.system;

import io.radiant.registry.thermal.ThermalProperties;
import java.net.URI;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

/**
 * One AWS SDK client per service, shared by the Camel components (aws2-eventbridge and aws2-lambda
 * find them in the registry by type) and by the thermal poller. {@code AWS_ENDPOINT_URL} points
 * every client at one endpoint (a local stand-in in tests); credentials come from the default chain.
 */
@Configuration(proxyBeanMethods = false)
public class AwsConfiguration {

    private final AwsProperties aws;

    public AwsConfiguration(AwsProperties aws) {
        this.aws = aws;
    }

    @Bean(destroyMethod = "close")
    public EventBridgeClient eventBridgeClient() {
        return configure(EventBridgeClient.builder()).build();
    }

    @Bean(destroyMethod = "close")
    public LambdaClient lambdaClient() {
        return configure(LambdaClient.builder()).build();
    }

    /**
     * Used by the thermal sync, which asks about every endpoint every 5 minutes: throttling and 5xx are
     * retried by the SDK's standard strategy (it knows which AWS error codes are throttling, adds jitter,
     * and its retry quota stops retrying when most calls fail), and every call is bounded in time so one
     * silent endpoint cannot hold a probe thread.
     */
    @Bean(destroyMethod = "close")
    public SageMakerClient sageMakerClient(ThermalProperties thermal) {
        return configure(SageMakerClient.builder())
                .overrideConfiguration(callPolicy(thermal.maxAttempts(), thermal.retryBackoff(),
                        thermal.throttlingBackoff(), thermal.attemptTimeout(), thermal.callTimeout()))
                .build();
    }

    /**
     * Standard retries with exponential backoff and full jitter (transient errors from {@code retryBackoff},
     * throttling from {@code throttlingBackoff}, each capped at 20 times its base), a time limit per attempt
     * and one for the call with all its retries.
     */
    static ClientOverrideConfiguration callPolicy(int maxAttempts, Duration retryBackoff, Duration throttlingBackoff,
                                                  Duration attemptTimeout, Duration callTimeout) {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(maxAttempts)
                        .backoffStrategy(BackoffStrategy.exponentialDelay(retryBackoff, retryBackoff.multipliedBy(20)))
                        .throttlingBackoffStrategy(
                                BackoffStrategy.exponentialDelay(throttlingBackoff, throttlingBackoff.multipliedBy(20)))
                        .build())
                .apiCallAttemptTimeout(attemptTimeout)
                .apiCallTimeout(callTimeout)
                .build();
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.region(Region.of(aws.region())).credentialsProvider(DefaultCredentialsProvider.builder().build());
        if (aws.hasEndpointOverride()) {
            builder.endpointOverride(URI.create(aws.endpointUrl()));
        }
        return builder;
    }
}
