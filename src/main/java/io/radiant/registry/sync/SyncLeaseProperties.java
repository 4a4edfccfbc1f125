package io.radiant.registry.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Leases of running syncs ({@code registry.sync.lease.*}, docs/sync.md "Leases and shutdown").
 *
 * @param duration          a running sync whose heartbeat is older than this is closed as failed; with the
 *                          check interval it bounds how long a dead instance can hold a sync type
 * @param heartbeatInterval how often an instance renews the leases of the syncs it runs (well below duration,
 *                          so a few missed beats under load or a short database hiccup do not lose a lease)
 * @param checkInterval     how often every instance looks for expired leases (and once soon after start)
 */
@ConfigurationProperties("registry.sync.lease")
public record SyncLeaseProperties(Duration duration, Duration heartbeatInterval, Duration checkInterval) {

    public SyncLeaseProperties {
        if (duration == null || heartbeatInterval == null || checkInterval == null) {
            throw new IllegalArgumentException("registry.sync.lease.duration, heartbeat-interval and check-interval must be set");
        }
        if (heartbeatInterval.compareTo(duration) >= 0) {
            throw new IllegalArgumentException("registry.sync.lease.heartbeat-interval (" + heartbeatInterval
                    + ") must be shorter than registry.sync.lease.duration (" + duration + "): every live sync would expire");
        }
    }
}
