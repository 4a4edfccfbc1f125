package io.radiant.registry.discovery;

import org.apache.camel.processor.errorhandler.RedeliveryPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans of the provider retries, referred to by name from routes/errors/provider-errors.camel.yaml. The HTTP client
 * of provider calls (limits, header allow-list) is set up in upstream/UpstreamConfiguration.
 */
@Configuration(proxyBeanMethods = false)
public class DiscoveryConfiguration {

    @Bean
    public RetryPolicy providerRetryPolicy(DiscoveryProperties properties) {
        return new RetryPolicy(properties.retryBaseDelayMs(), properties.retryMaxDelayMs());
    }

    /**
     * Redeliveries of a retryable provider call (routes/errors/provider-errors.camel.yaml, which refines it): as many
     * as registry.discovery.max-retries; each wait is set by {@link ProviderRetryDelay}.
     */
    @Bean
    public RedeliveryPolicy providerRedeliveryPolicy(DiscoveryProperties properties) {
        RedeliveryPolicy policy = new RedeliveryPolicy();
        policy.setMaximumRedeliveries(properties.maxRetries());
        policy.setRedeliveryDelay(properties.retryBaseDelayMs());
        return policy;
    }

    @Bean
    public ProviderRetryDelay providerRetryDelay(RetryPolicy providerRetryPolicy) {
        return new ProviderRetryDelay(providerRetryPolicy);
    }
}
