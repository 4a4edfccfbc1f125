package io.radiant.registry.discovery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans of the provider retries, referred to by name from routes/errors/provider-errors.yaml. The HTTP client
 * of provider calls (limits, header allow-list) is set up in upstream/UpstreamConfiguration.
 */
@Configuration(proxyBeanMethods = false)
public class DiscoveryConfiguration {

    @Bean
    public RetryPolicy providerRetryPolicy(DiscoveryProperties properties) {
        return new RetryPolicy(properties.retryBaseDelayMs(), properties.retryMaxDelayMs());
    }

    @Bean
    public ProviderRetryDelay providerRetryDelay(RetryPolicy providerRetryPolicy) {
        return new ProviderRetryDelay(providerRetryPolicy);
    }
}
