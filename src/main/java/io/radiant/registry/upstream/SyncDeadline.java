package io.radiant.registry.upstream;

import java.time.Duration;

/**
 * When one sync's upstream calls must have ended: {@code atNanos} on {@link System#nanoTime()}'s clock. A sync
 * route keeps it in an exchange variable and hands it to every call it makes.
 *
 * @param syncType the sync it bounds (for the reason an operator reads)
 * @param length   the configured length, as the reason states it
 * @param setting  the key that sets it
 */
public record SyncDeadline(String syncType, long atNanos, Duration length, String setting) {

    public long remainingNanos(long nowNanos) {
        return atNanos - nowNanos;
    }

    public String reason() {
        return "the " + syncType + " sync's deadline of " + BoundedReads.human(length) + " passed (" + setting + ")";
    }
}
