package io.radiant.registry.upstream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code registry.upstream.read.*}: how much of an upstream answer (a provider's model list or health path, a
 * pricing feed) the service reads, and for how long. The defaults and the reason for each value are in
 * config/application.yaml.
 *
 * @param maxBodyBytes        most bytes of one answer after decompression; past it the call fails
 * @param callDeadline        longest time one call may take, from sending the request to its answer's last byte
 * @param fullSyncDeadline    after this long a full sync starts no further provider call, and a running one ends
 * @param healthSyncDeadline  the same for a health sync's probes
 * @param pricingSyncDeadline the same for a pricing sync's feed downloads
 */
@ConfigurationProperties("registry.upstream.read")
public record UpstreamReadProperties(DataSize maxBodyBytes, Duration callDeadline, Duration fullSyncDeadline,
                                     Duration healthSyncDeadline, Duration pricingSyncDeadline) {

    public UpstreamReadProperties {
        if (maxBodyBytes == null || maxBodyBytes.toBytes() < 1024) {
            throw new IllegalArgumentException("registry.upstream.read.max-body-bytes must be at least 1KB");
        }
        positive(callDeadline, "call-deadline");
        positive(fullSyncDeadline, "full-sync-deadline");
        positive(healthSyncDeadline, "health-sync-deadline");
        positive(pricingSyncDeadline, "pricing-sync-deadline");
    }

    /** The deadline of one sync type's upstream calls, or null for a type that makes none. */
    public Duration syncDeadline(String syncType) {
        return switch (syncType == null ? "" : syncType) {
            case "full" -> fullSyncDeadline;
            case "health" -> healthSyncDeadline;
            case "pricing" -> pricingSyncDeadline;
            default -> null;
        };
    }

    private static void positive(Duration value, String key) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("registry.upstream.read." + key + " must be a positive duration");
        }
    }
}
