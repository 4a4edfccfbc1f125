package io.radiant.registry.discovery;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.processor.errorhandler.RedeliveryPolicy;
import org.apache.camel.http.common.HttpHeaderFilterStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans the provider-call routes refer to by name. */
@Configuration(proxyBeanMethods = false)
public class DiscoveryConfiguration {

    @Bean
    public RetryPolicy providerRetryPolicy(DiscoveryProperties properties) {
        return new RetryPolicy(properties.retryBaseDelayMs(), properties.retryMaxDelayMs());
    }

    /**
     * Redeliveries of a retryable provider call (routes/errors/provider-errors.yaml, which refines it): as many
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

    /**
     * Apache HttpClient retries a 429 or 503 with Retry-After on its own (once, by default); provider calls are
     * retried by the route's error handling only, so every attempt is counted and honours our policy.
     */
    @Bean
    public HttpClientConfigurer providerHttpClientConfigurer() {
        return builder -> builder.disableAutomaticRetries();
    }

    /**
     * camel-http's default filter: no Camel* and no hop-by-hop headers. The sync's own state is in exchange
     * variables, never in headers, so there is nothing of ours to filter out.
     */
    @Bean
    public HttpHeaderFilterStrategy providerHeaderFilter() {
        return new HttpHeaderFilterStrategy();
    }
}
