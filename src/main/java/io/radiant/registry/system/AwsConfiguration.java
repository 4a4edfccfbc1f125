package io.radiant.registry.system;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
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

    private final Region region;
    private final String endpointUrl;

    public AwsConfiguration(@Value("${aws.region:us-east-1}") String region,
                            @Value("${aws.endpoint-url:}") String endpointUrl) {
        this.region = Region.of(region);
        this.endpointUrl = endpointUrl;
    }

    @Bean(destroyMethod = "close")
    public EventBridgeClient eventBridgeClient() {
        return configure(EventBridgeClient.builder()).build();
    }

    @Bean(destroyMethod = "close")
    public LambdaClient lambdaClient() {
        return configure(LambdaClient.builder()).build();
    }

    @Bean(destroyMethod = "close")
    public SageMakerClient sageMakerClient() {
        return configure(SageMakerClient.builder()).build();
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.region(region).credentialsProvider(DefaultCredentialsProvider.builder().build());
        if (!endpointUrl.isBlank()) {
            builder.endpointOverride(URI.create(endpointUrl));
        }
        return builder;
    }
}
