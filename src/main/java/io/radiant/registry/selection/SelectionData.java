package io.radiant.registry.selection;

import java.time.Instant;

/**
 * The selection data this instance holds, and whether the database behind it answers. Written by one
 * thread ({@link SelectionDataRefresher}), read by every request: the snapshot is immutable and swapped whole.
 */
public class SelectionData {

    private volatile RegistrySnapshot snapshot;
    private volatile boolean databaseUp;
    private volatile Instant databaseDownSince;
    private volatile String lastFailure;

    /** The current snapshot; never null once the service has started. */
    public RegistrySnapshot snapshot() {
        RegistrySnapshot s = snapshot;
        if (s == null) {
            throw new IllegalStateException("Selection data not loaded yet");
        }
        return s;
    }

    public boolean hasSnapshot() {
        return snapshot != null;
    }

    /** True while the listening connection to the database works (a warm-up can be written now). */
    public boolean isDatabaseUp() {
        return databaseUp;
    }

    /** Null while the database is up. */
    public Instant databaseDownSince() {
        return databaseDownSince;
    }

    /** The type and message of the last database failure (no secret: driver messages name host and port only). */
    public String lastFailure() {
        return lastFailure;
    }

    void install(RegistrySnapshot loaded) {
        snapshot = loaded;
        databaseUp = true;
        databaseDownSince = null;
    }

    void databaseFailed(Instant when, Exception cause) {
        if (databaseUp || databaseDownSince == null) {
            databaseDownSince = when;
        }
        databaseUp = false;
        lastFailure = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
