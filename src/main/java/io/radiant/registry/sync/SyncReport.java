package io.radiant.registry.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one sync did: the spec's counters, the errors (one short line each, provider id first,
 * never a secret) and free-form details. A sync route returns one as its body; the lifecycle
 * writes it to the sync log and the completion event.
 */
public class SyncReport {

    private int providersUpdated;
    private int modelsAdded;
    private int modelsUpdated;
    private int modelsDeprecated;
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    public int getProvidersUpdated() {
        return providersUpdated;
    }

    public void setProvidersUpdated(int providersUpdated) {
        this.providersUpdated = providersUpdated;
    }

    public int getModelsAdded() {
        return modelsAdded;
    }

    public void setModelsAdded(int modelsAdded) {
        this.modelsAdded = modelsAdded;
    }

    public int getModelsUpdated() {
        return modelsUpdated;
    }

    public void setModelsUpdated(int modelsUpdated) {
        this.modelsUpdated = modelsUpdated;
    }

    public int getModelsDeprecated() {
        return modelsDeprecated;
    }

    public void setModelsDeprecated(int modelsDeprecated) {
        this.modelsDeprecated = modelsDeprecated;
    }

    public List<String> getErrors() {
        return Collections.unmodifiableList(errors);
    }

    public Map<String, Object> getDetails() {
        return Collections.unmodifiableMap(details);
    }

    public SyncReport addError(String error) {
        errors.add(error);
        return this;
    }

    public SyncReport putDetail(String key, Object value) {
        details.put(key, value);
        return this;
    }

    /** Adds another report's counters, errors and details to this one (aggregating per-provider results). */
    public SyncReport merge(SyncReport other) {
        providersUpdated += other.providersUpdated;
        modelsAdded += other.modelsAdded;
        modelsUpdated += other.modelsUpdated;
        modelsDeprecated += other.modelsDeprecated;
        errors.addAll(other.errors);
        details.putAll(other.details);
        return this;
    }
}
