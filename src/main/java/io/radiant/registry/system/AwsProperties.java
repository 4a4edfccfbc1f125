package io.radiant.registry.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.aws.*}: where the AWS clients go. Credentials are not configured here: they come from the
 * default AWS chain (environment, profile, instance role).
 *
 * @param region      AWS_REGION
 * @param endpointUrl AWS_ENDPOINT_URL, one endpoint for every AWS call (a local stand-in in tests); blank = AWS's own
 */
@ConfigurationProperties("registry.aws")
public record AwsProperties(String region, String endpointUrl) {

    public boolean hasEndpointOverride() {
        return endpointUrl != null && !endpointUrl.isBlank();
    }
}
