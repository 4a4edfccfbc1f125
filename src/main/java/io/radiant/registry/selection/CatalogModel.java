package io.radiant.registry.selection;

import io.radiant.registry.pricing.CostEstimator;
import io.radiant.registry.pricing.CostRequest;
import io.radiant.registry.pricing.PriceSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of the {@code selection_catalog} view as selection holds it in memory. Readiness, health rank
 * and the estimated request cost are computed by the view (R__selection.sql), so Java and SQL rank on the
 * same figures.
 */
public record CatalogModel(
        String modelId,
        String displayName,
        String hostingType,
        String providerId,
        String providerName,
        String providerNameLower,
        String primaryMode,
        String thermalState,
        Integer warmupTimeSeconds,
        String healthStatus,
        String litellmId,
        Integer avgLatencyMs,
        BigDecimal estimatedCostPerRequest,
        Set<String> capabilities,
        Set<String> inputModalities,
        Set<String> outputModalities,
        Integer contextWindow,
        boolean hipaa,
        int minTier,
        boolean enabled,
        boolean deprecated,
        LocalDate retirementDate,
        int readinessRank,
        int healthRank,
        LocalDate deprecationDate,
        String successorModelId,
        PriceSheet prices,
        String pricesAsOf) {

    /** A row without lifecycle dates beyond retirement and without a price sheet. */
    public CatalogModel(String modelId, String displayName, String hostingType, String providerId, String providerName,
                        String providerNameLower, String primaryMode, String thermalState, Integer warmupTimeSeconds,
                        String healthStatus, String litellmId, Integer avgLatencyMs, BigDecimal estimatedCostPerRequest,
                        Set<String> capabilities, Set<String> inputModalities, Set<String> outputModalities,
                        Integer contextWindow, boolean hipaa, int minTier, boolean enabled, boolean deprecated,
                        LocalDate retirementDate, int readinessRank, int healthRank) {
        this(modelId, displayName, hostingType, providerId, providerName, providerNameLower, primaryMode, thermalState,
                warmupTimeSeconds, healthStatus, litellmId, avgLatencyMs, estimatedCostPerRequest, capabilities,
                inputModalities, outputModalities, contextWindow, hipaa, minTier, enabled, deprecated, retirementDate,
                readinessRank, healthRank, null, null, null, null);
    }

    public static final String EXTERNAL = "external";
    public static final String SELF_HOSTED = "self_hosted";
    /** model_readiness_rank(): COLD and worse need a warm-up before a self-hosted model serves. */
    private static final int FIRST_NOT_READY_RANK = 2;

    public boolean isExternal() {
        return EXTERNAL.equals(hostingType);
    }

    /**
     * The estimated cost of one request: with expected tokens ({@code expected} not null) the cost endpoint's
     * estimate (CostEstimator) or null when the model's prices cannot price them; without, the view's
     * one-request figure (1k input + 1k output tokens for token-priced models).
     */
    public BigDecimal costPerRequest(CostRequest expected) {
        if (expected == null) {
            return estimatedCostPerRequest;
        }
        return prices == null ? null : CostEstimator.totalOf(prices, expected);
    }

    /** A self-hosted model that is COLD, OFF or has no thermal state yet. */
    public boolean needsWarmup() {
        return SELF_HOSTED.equals(hostingType) && readinessRank >= FIRST_NOT_READY_RANK;
    }

    /** The provider no longer serves it: its last day of service lies before {@code today} (UTC). */
    public boolean isRetired(LocalDate today) {
        return retirementDate != null && retirementDate.isBefore(today);
    }

    /** The provider is one the caller prefers, by id or by lower-cased display name. */
    public boolean isPreferredBy(Set<String> preferProviders) {
        return !preferProviders.isEmpty()
                && (preferProviders.contains(providerId) || preferProviders.contains(providerNameLower));
    }
}
