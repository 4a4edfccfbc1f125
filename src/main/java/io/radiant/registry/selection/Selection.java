package io.radiant.registry.selection;

/**
 * The outcome of one selection: the model to answer with and, when a self-hosted model must be
 * warmed, its id (the route starts the warm-up in the background; null when nothing to warm).
 */
public final class Selection {

    private final SelectedModel model;
    private final String warmupModelId;

    public Selection(SelectedModel model, String warmupModelId) {
        this.model = model;
        this.warmupModelId = warmupModelId;
    }

    public SelectedModel getModel() {
        return model;
    }

    public String getWarmupModelId() {
        return warmupModelId;
    }

    public boolean isWarmupNeeded() {
        return warmupModelId != null;
    }
}
