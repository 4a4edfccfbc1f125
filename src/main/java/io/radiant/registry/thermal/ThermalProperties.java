package io.radiant.registry.thermal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.thermal.*}: how the thermal sync asks SageMaker about endpoints. The concurrency also sizes
 * the {@code thermal-probes} thread pool (application.yaml).
 *
 * @param endpointPrefix    REGISTRY_THERMAL_ENDPOINT_PREFIX; a model's endpoint is this prefix + its model_id
 * @param concurrency       DescribeEndpoint calls in flight at once
 * @param maxAttempts       tries per endpoint (first call + retries) on throttling, 5xx and network errors
 * @param retryBackoff      base of the jittered backoff after 5xx and network errors
 * @param throttlingBackoff base of the backoff after a ThrottlingException
 * @param attemptTimeout    bound of one attempt
 * @param callTimeout       bound of one endpoint's call with all its retries
 */
@ConfigurationProperties("registry.thermal")
public record ThermalProperties(String endpointPrefix, int concurrency, int maxAttempts, Duration retryBackoff,
                                Duration throttlingBackoff, Duration attemptTimeout, Duration callTimeout) {
}
