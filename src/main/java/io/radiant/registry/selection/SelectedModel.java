package io.radiant.registry.selection;

import io.radiant.registry.pricing.CostRequest;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The answer of {@code POST /api/v2/registry/select}: spec 36.6 {@code SelectedModel}, plus
 * {@code providerId}, why this model was chosen ({@code selectionReason}) and, when a ready
 * alternative stands in for a self-hosted model that is being warmed, that model ({@code warmingModelId});
 * {@code registryAsOf} is the time (ISO-8601, UTC) of the registry data the answer was computed from;
 * {@code estimatedCostPerRequest} (USD, list price) is of the caller's expected request when it gave token counts;
 * the lifecycle dates and successor (DESIGN.md §4.5) let the caller plan a migration, null when unknown.
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
        String registryAsOf,
        BigDecimal estimatedCostPerRequest,
        String deprecationDate,
        String retirementDate,
        String successorModelId) {

    /** An answer without cost and lifecycle figures. */
    public SelectedModel(String modelId, String displayName, String hostingType, String providerId,
                         String providerName, String primaryMode, String thermalState, boolean warmupRequired,
                         Integer warmupTimeSeconds, String healthStatus, String litellmId, String selectionReason,
                         String warmingModelId, String registryAsOf) {
        this(modelId, displayName, hostingType, providerId, providerName, primaryMode, thermalState, warmupRequired,
                warmupTimeSeconds, healthStatus, litellmId, selectionReason, warmingModelId, registryAsOf, null, null,
                null, null);
    }

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

    /**
     * The answer with {@code m} as the model; its estimated cost is of the {@code expected} request when the
     * caller gave one (null: the one-request figure).
     */
    static SelectedModel of(CatalogModel m, String reason, boolean warmupRequired, String warmingModelId,
                            String registryAsOf, CostRequest expected) {
        return new SelectedModel(m.modelId(), m.displayName(), m.hostingType(), m.providerId(), m.providerName(),
                m.primaryMode(), m.thermalState(), warmupRequired, warmupRequired ? m.warmupTimeSeconds() : null,
                m.healthStatus() == null ? "unknown" : m.healthStatus(),
                m.litellmId() == null ? m.modelId() : m.litellmId(), reason, warmingModelId, registryAsOf,
                m.costPerRequest(expected), date(m.deprecationDate()), date(m.retirementDate()), m.successorModelId());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
