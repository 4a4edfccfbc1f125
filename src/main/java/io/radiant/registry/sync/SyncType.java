package io.radiant.registry.sync;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of sync; each has a route {@code direct:sync-<name>}. */
public enum SyncType {
    FULL, HEALTH, THERMAL, PRICING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SyncType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.id().equals(value.trim())).findFirst();
    }

    /** "full, health, thermal, pricing", for error messages. */
    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(SyncType::id).toList());
    }
}
