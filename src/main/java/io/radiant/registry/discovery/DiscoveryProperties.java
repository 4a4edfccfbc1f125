package io.radiant.registry.discovery;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.discovery.*}: how provider model lists are read during a full sync. The defaults and the
 * reason for each value are in config/application.yaml; the routes read the same keys as placeholders.
 *
 * @param concurrency       providers listed at the same time (threads of the 'discovery' pool)
 * @param connectTimeoutMs  per request: time to connect (and to get a pooled connection)
 * @param readTimeoutMs     per request: time to wait for the answer
 * @param maxRetries        retries of a retryable failure (see {@link RetryPolicy})
 * @param retryBaseDelayMs  base of the exponential backoff when the provider names no wait
 * @param retryMaxDelayMs   longest wait between two attempts, whatever the provider asks
 * @param pageSize          page size asked of paginated lists
 * @param maxPages          most pages read; beyond it the list counts as partial
 * @param churnGuard        when missing models are held for review instead of deprecated
 */
@ConfigurationProperties("registry.discovery")
public record DiscoveryProperties(int concurrency, long connectTimeoutMs, long readTimeoutMs, int maxRetries,
                                  long retryBaseDelayMs, long retryMaxDelayMs, int pageSize, int maxPages,
                                  ChurnGuard churnGuard) {

    /**
     * @param maxDeprecations more missing models than this in one sync are held for review
     * @param maxShare        so are missing models that are at least this share of the provider's active ones
     */
    public record ChurnGuard(int maxDeprecations, double maxShare) {
    }
}
