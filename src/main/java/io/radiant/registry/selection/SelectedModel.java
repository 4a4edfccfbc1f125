package io.radiant.registry.selection;

/**
 * The answer of {@code POST /api/v2/registry/select}: spec 36.6 {@code SelectedModel}, plus
 * {@code providerId}, why this model was chosen ({@code selectionReason}) and, when a ready
 * alternative stands in for a self-hosted model that is being warmed, that model ({@code warmingModelId});
 * {@code registryAsOf} is the time (ISO-8601, UTC) of the registry data the answer was computed from.
 */
public record SelectedModel(
        String modelId,
        String displayName,
        String hostingType,
        String providerId,
        String providerName,
        String primaryMode,
        String thermalState,
        boolean warmupRequired,
        Integer warmupTimeSeconds,
        String healthStatus,
        String litellmId,
        String selectionReason,
        String warmingModelId,
        String registryAsOf) {

    /** The best match was ready. */
    public static final String PRIMARY = "primary";
    /** The best match needs a warm-up; a ready external model answers meanwhile. */
    public static final String READY_ALTERNATIVE = "ready_alternative";
    /** The best match needs a warm-up and nothing ready matches: the caller must wait for it. */
    public static final String PRIMARY_NEEDS_WARMUP = "primary_needs_warmup";
    /** Nothing matched: the task's default model (spec 36.6 getDefaultModel). */
    public static final String TASK_DEFAULT = "task_default";
    /** Nothing matched and the task default is not available to the tenant: 404 (metric reason only). */
    public static final String NONE = "none";

    /** The answer with {@code m} as the model. */
    static SelectedModel of(CatalogModel m, String reason, boolean warmupRequired, String warmingModelId,
                            String registryAsOf) {
        return new SelectedModel(m.modelId(), m.displayName(), m.hostingType(), m.providerId(), m.providerName(),
                m.primaryMode(), m.thermalState(), warmupRequired, warmupRequired ? m.warmupTimeSeconds() : null,
                m.healthStatus() == null ? "unknown" : m.healthStatus(),
                m.litellmId() == null ? m.modelId() : m.litellmId(), reason, warmingModelId, registryAsOf);
    }
}
