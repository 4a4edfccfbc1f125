package io.radiant.registry.health;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.health.*} as the health sync's decisions need them; the probe's HTTP timeouts
 * ({@code routes/sync-health.camel.yaml}) and the {@code health-check} pool size read the same keys.
 *
 * @param timeoutMs           a probe without an answer within this time is unhealthy (timeout)
 * @param slowThresholdMs     a 2xx slower than this is degraded
 * @param ewmaWeight          weight of a new sample in avg_latency_ms
 * @param windowMinutes       window of the percentiles and rates
 * @param sampleRetentionDays samples older than this are deleted
 */
@ConfigurationProperties("registry.health")
public record HealthProperties(long timeoutMs, long slowThresholdMs, double ewmaWeight, int windowMinutes,
                               int sampleRetentionDays) {
}
