package io.radiant.registry.upstream;

import io.radiant.registry.discovery.ProviderCredentials;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one HTTP client set-up of every upstream call (routes/provider-http.camel.yaml: provider lists, health probes,
 * pricing feeds), referred to by name from its route template.
 */
@Configuration(proxyBeanMethods = false)
public class UpstreamConfiguration {

    static final String USER_AGENT = "radiant-model-registry";

    @Bean(destroyMethod = "close")
    public BoundedReads upstreamReads(UpstreamReadProperties properties) {
        return new BoundedReads(properties);
    }

    /**
     * Bounded reads first in the client's chain (outside its decompression, see {@link BoundedReads}); and no
     * automatic retries: Apache HttpClient would retry a 429 or 503 with Retry-After on its own, while provider
     * calls are retried by the route's error handling only, so every attempt is counted and honours our policy.
     */
    @Bean
    public HttpClientConfigurer providerHttpClientConfigurer(BoundedReads upstreamReads) {
        return builder -> builder.disableAutomaticRetries()
                .setUserAgent(USER_AGENT)
                .addExecInterceptorFirst("bounded-reads", upstreamReads);
    }

    /** Only allow-listed headers leave the service ({@link UpstreamHeaderAllowList}). */
    @Bean
    public HeaderFilterStrategy providerHeaderFilter(ProviderCredentials credentials) {
        return new UpstreamHeaderAllowList(credentials);
    }
}
