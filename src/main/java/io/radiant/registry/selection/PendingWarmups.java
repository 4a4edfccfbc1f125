package io.radiant.registry.selection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warm-ups asked for while the database cannot record them (warmup-request.camel.yaml). Kept in arrival order,
 * each model once, at most {@code capacity}: beyond that a request is logged as dropped (a later selection
 * asks again). The warmup-replay route writes them once the database answers.
 */
public class PendingWarmups {

    private static final Logger LOG = LoggerFactory.getLogger(PendingWarmups.class);

    private final int capacity;
    private final Set<String> modelIds = new LinkedHashSet<>();

    public PendingWarmups(int capacity) {
        this.capacity = capacity;
    }

    /** Keeps the warm-up of {@code modelId} for later; false (and a log line) when the bound is reached. */
    public synchronized boolean hold(String modelId) {
        if (modelIds.contains(modelId)) {
            return true;
        }
        if (modelIds.size() >= capacity) {
            LOG.warn("Warm-up of {} dropped: the database is unreachable and {} warm-ups are already waiting",
                    modelId, capacity);
            return false;
        }
        modelIds.add(modelId);
        LOG.info("Warm-up of {} kept until the database is reachable ({} waiting)", modelId, modelIds.size());
        return true;
    }

    public synchronized boolean hasAny() {
        return !modelIds.isEmpty();
    }

    /** The kept warm-ups, oldest first; they are no longer kept (a failed write keeps them again). */
    public synchronized List<String> drain() {
        List<String> all = new ArrayList<>(modelIds);
        modelIds.clear();
        return all;
    }

    public synchronized int size() {
        return modelIds.size();
    }
}
