package io.radiant.registry.sync;

/** A sync of this type is already running somewhere in the cluster; the API answers 409 with its id. */
public class SyncAlreadyRunningException extends RuntimeException {

    private final String syncType;
    private final String runningSyncId;

    public SyncAlreadyRunningException(String syncType, String runningSyncId) {
        super("A " + syncType + " sync is already running"
                + (runningSyncId == null ? "" : " (syncId " + runningSyncId + ")"));
        this.syncType = syncType;
        this.runningSyncId = runningSyncId;
    }

    public String syncType() {
        return syncType;
    }

    public String runningSyncId() {
        return runningSyncId;
    }
}
