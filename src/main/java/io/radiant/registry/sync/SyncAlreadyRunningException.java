package io.radiant.registry.sync;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sync of this type is already running somewhere in the cluster; the API answers 409 with its id. */
public class SyncAlreadyRunningException extends RuntimeException {

    private static final Pattern TRIGGER_MESSAGE = Pattern.compile("A (\\S+) sync is already running \\(syncId ([^)]*)\\)");

    private final String syncType;
    private final String runningSyncId;

    public SyncAlreadyRunningException(String syncType, String runningSyncId) {
        super("A " + syncType + " sync is already running"
                + (runningSyncId == null ? "" : " (syncId " + runningSyncId + ")"));
        this.syncType = syncType;
        this.runningSyncId = runningSyncId;
    }

    /**
     * The trigger route's refusal (its throwException step passes a message only): the message names the type
     * and the running sync as {@code A <type> sync is already running (syncId <id>)}, read back here so that a
     * Java caller gets both as fields too.
     */
    public SyncAlreadyRunningException(String message) {
        super(message);
        Matcher m = TRIGGER_MESSAGE.matcher(message == null ? "" : message);
        boolean matches = m.matches();
        this.syncType = matches ? m.group(1) : null;
        this.runningSyncId = matches && !m.group(2).isEmpty() ? m.group(2) : null;
    }

    public String syncType() {
        return syncType;
    }

    public String runningSyncId() {
        return runningSyncId;
    }
}
