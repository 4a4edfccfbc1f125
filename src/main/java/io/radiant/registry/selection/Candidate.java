package io.radiant.registry.selection;

import java.math.BigDecimal;
import java.util.Map;

/** One row of {@code select_model_candidates()}: a ranked primary, the ready alternative or the task default. */
public record Candidate(
        String role,
        Integer candidateRank,
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
        Integer avgLatencyMs,
        BigDecimal estimatedCostPerRequest) {

    public static final String PRIMARY = "primary";
    public static final String ALTERNATIVE = "alternative";
    public static final String DEFAULT = "default";

    /** Reads a row as camel-sql returns it (column label → value). */
    public static Candidate fromRow(Map<String, Object> row) {
        return new Candidate(
                (String) row.get("role"),
                toInteger(row.get("candidate_rank")),
                (String) row.get("model_id"),
                (String) row.get("display_name"),
                (String) row.get("hosting_type"),
                (String) row.get("provider_id"),
                (String) row.get("provider_name"),
                (String) row.get("primary_mode"),
                (String) row.get("thermal_state"),
                Boolean.TRUE.equals(row.get("warmup_required")),
                toInteger(row.get("warmup_time_seconds")),
                (String) row.get("health_status"),
                (String) row.get("litellm_id"),
                toInteger(row.get("avg_latency_ms")),
                row.get("estimated_cost_per_request") instanceof BigDecimal d ? d : null);
    }

    private static Integer toInteger(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    SelectedModel answer(String reason, boolean warmupRequired, String warmingModelId) {
        return new SelectedModel(modelId, displayName, hostingType, providerId, providerName, primaryMode,
                thermalState, warmupRequired, warmupRequired ? warmupTimeSeconds : null,
                healthStatus == null ? "unknown" : healthStatus,
                litellmId == null ? modelId : litellmId, reason, warmingModelId);
    }
}
