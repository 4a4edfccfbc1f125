package io.radiant.registry.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sync schedules that Java reads ({@code registry.schedule.*}); the crons themselves are read
 * by {@code routes/sync-schedules.camel.yaml}.
 *
 * @param retryDelay how long after a firing that could not be handed to {@code direct:sync-trigger} it is
 *                   tried again, and the period of further tries while it still cannot run
 */
@ConfigurationProperties(prefix = "registry.schedule")
public record ScheduleProperties(Duration retryDelay) {

    public ScheduleProperties {
        if (retryDelay == null || retryDelay.isNegative() || retryDelay.isZero()) {
            throw new IllegalArgumentException("registry.schedule.retry-delay must be positive, was " + retryDelay);
        }
    }
}
