package io.radiant.registry.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Clean stop of an instance ({@code registry.sync.shutdown.*}).
 *
 * @param gracePeriod how long a stopping instance lets its running syncs finish before it closes them as
 *                    failed; keep it below {@code spring.lifecycle.timeout-per-shutdown-phase} and the
 *                    orchestrator's kill timeout (Kubernetes: terminationGracePeriodSeconds, 30 s by default)
 */
@ConfigurationProperties("registry.sync.shutdown")
public record SyncShutdownProperties(Duration gracePeriod) {

    public SyncShutdownProperties {
        if (gracePeriod == null || gracePeriod.isNegative()) {
            throw new IllegalArgumentException("registry.sync.shutdown.grace-period must be zero or more");
        }
    }
}
