package io.radiant.registry.sync;

import io.radiant.registry.api.ApiException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which syncs this process runs right now, for their leases: the heartbeat renews exactly these rows, so a
 * sync that ended — even one whose end could not be written because the database was gone — stops being
 * renewed and its lease runs out. The owner token is new at every start: a restarted instance (same host
 * name) never renews the rows its killed predecessor left. Called by name from the sync routes and by
 * {@link SyncShutdown}.
 */
@Component("syncLeases")
public class SyncLeases {

    private static final long POLL_MS = 50;

    private final String owner = UUID.randomUUID().toString();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /** The {@code lease_owner} of every row this process claims. */
    public String owner() {
        return owner;
    }

    /** Refuses a new sync once this instance is stopping (a schedule firing late, a chained thermal sync). */
    public void admit(String syncType) {
        if (stopping) {
            throw new ApiException(503, "service_stopping", "This instance is stopping and starts no new "
                    + syncType + " sync; trigger it again on another instance or after the restart");
        }
    }

    public void started(String syncId) {
        if (syncId != null) {
            running.add(syncId);
        }
    }

    public void ended(String syncId) {
        if (syncId != null) {
            running.remove(syncId);
        }
    }

    /** The syncs this process runs right now: the rows the heartbeat renews ({@code sql/sync-heartbeat.sql}). */
    public Set<String> running() {
        return Set.copyOf(running);
    }

    public boolean isStopping() {
        return stopping;
    }

    /** From now on {@link #admit} refuses. */
    public void stopAdmitting() {
        stopping = true;
    }

    /**
     * Waits until every running sync has ended, or the grace period is over.
     *
     * @return the syncs still running at the end (empty when all finished)
     */
    public Set<String> awaitEnd(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(Math.min(POLL_MS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
        return running();
    }
}
